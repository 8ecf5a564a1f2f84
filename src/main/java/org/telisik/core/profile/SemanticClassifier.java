package org.telisik.core.profile;

import static org.telisik.core.model.SemanticType.*;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.telisik.core.model.SemanticType;
import org.telisik.core.model.Validity;

/**
 * Decides a column's semantic type, values first, header second. The values' own claim ({@link ValueClaims})
 * stands unless the header names a type of the same family (nik/kk/npwp, date/birth date, person/physician,
 * record numbers, places, report texts), in which case the header breaks the tie. A header whose type the
 * values do not contradict wins even when its values fail validation, so that a column headed {@code nik}
 * of random numbers is reported as nik with a low validity rate: the contradiction shows instead of hiding.
 */
final class SemanticClassifier {
    record Decision(SemanticType type, double confidence, List<String> evidence, Validity validity) {
    }

    /** Types the header may name whose values have no strict shape: free text, codes, local numbering. */
    private static final Set<SemanticType> LOOSE = EnumSet.of(MRN, ACCESSION_NUMBER, VILLAGE, CLINICAL_INFO,
            BIRTH_PLACE, INSTITUTION, PAYER, OCCUPATION, EXAM, FINDINGS, ADDRESS, GENDER, MARITAL_STATUS, RELIGION,
            BLOOD_TYPE, ID, PERSON_NAME, PHYSICIAN, DISTRICT, REGENCY, PROVINCE, AGE, MODALITY, USERNAME, PASSWORD);
    private static final Set<SemanticType> GENERIC = EnumSet.of(ID, NUMBER, CATEGORY, TEXT, AGE, MRN);
    private static final List<Set<SemanticType>> FAMILIES = List.of(
            EnumSet.of(NIK, KK, NPWP, BPJS_NUMBER, MRN, ACCESSION_NUMBER, ID, NUMBER, IHS_NUMBER, PASSPORT),
            EnumSet.of(DATE, DATETIME, BIRTH_DATE),
            EnumSet.of(PERSON_NAME, PHYSICIAN),
            EnumSet.of(PROVINCE, REGENCY, DISTRICT, VILLAGE, BIRTH_PLACE),
            EnumSet.of(EXAM, FINDINGS, CLINICAL_INFO, TEXT, CATEGORY),
            EnumSet.of(AGE, NUMBER, ID),
            EnumSet.of(PAYER, INSTITUTION, CATEGORY));
    /** The recogniser whose counts measure a type that has none of its own. */
    private static final Map<SemanticType, SemanticType> VALIDATOR = Map.of(
            BIRTH_DATE, DATE, DATETIME, DATE, ID, NUMBER);

    Decision classify(ColumnAccumulator c) {
        if (c.nonEmpty == 0) {
            return new Decision(EMPTY, 1.0, List.of("no non-empty value"), null);
        }
        SemanticType header = hashedPassword(c, c.headerType);
        if (c.tally.checked() == 0) {
            return new Decision(header == null ? TEXT : header, 0.2,
                    List.of("all " + c.nonEmpty + " values are placeholders (-, 0000, NULL)"), null);
        }
        ValueClaims.Claim claim = ValueClaims.claim(c);
        List<String> evidence = new ArrayList<>();
        String headerWord = c.name.strip().toLowerCase(Locale.ROOT);
        if (header != null && headerWins(c, header, claim)) {
            SemanticType v = validatorOf(header);
            double shape = c.tally.shapeShare(v);
            double valid = c.tally.validShare(v);
            evidence.add("header " + headerWord);
            if (claim != null && claim.type() == header) {
                evidence.add(claim.reason());
            } else if (c.tally.shapeCount(v) > 0 && v != NUMBER) {
                evidence.add(Evidence.percent(valid) + " " + Evidence.noun(header));
            }
            if (shape < 0.5 && !LOOSE.contains(header)) {
                evidence.add("values contradict the header: only " + Evidence.percent(shape) + " have the shape");
            }
            double confidence = shape < 0.5 && !LOOSE.contains(header) ? 0.3 : 0.55 + 0.45 * Math.max(valid, claimShare(c, claim, header));
            if (header == GENDER && valid < 0.5 && c.distinct() <= 3) {
                evidence.add(c.distinct() + " distinct codes (e.g. 1/2), read as sex through the header");
                return new Decision(header, round(confidence), evidence, null);
            }
            return new Decision(header, round(confidence), evidence, validity(c, header));
        }
        if (claim != null) {
            if (header != null) {
                evidence.add("header " + headerWord + " suggests " + header.id() + ", values disagree");
            }
            evidence.add(claim.reason());
            double share = c.tally.validShare(claim.validator());
            double confidence = GENERIC.contains(claim.type()) ? 0.6 : 0.45 + 0.5 * share;
            return new Decision(claim.type(), round(confidence), evidence, validity(c, claim.type()));
        }
        return fallback(c, header, headerWord);
    }

    /** A column headed password whose values are mostly hashes holds hashes: the values name the stronger type. */
    private static SemanticType hashedPassword(ColumnAccumulator c, SemanticType header) {
        return header == PASSWORD && c.tally.checked() > 0 && c.tally.validShare(PASSWORD_HASH) >= 0.5 ? PASSWORD_HASH : header;
    }

    private static boolean headerWins(ColumnAccumulator c, SemanticType header, ValueClaims.Claim claim) {
        if (claim == null || claim.type() == header || GENERIC.contains(claim.type()) || sameFamily(header, claim.type())) {
            return true;
        }
        SemanticType v = validatorOf(header);
        return c.tally.shapeShare(v) >= 0.5 && c.tally.validShare(v) >= c.tally.validShare(claim.validator()) * 0.8;
    }

    private static double claimShare(ColumnAccumulator c, ValueClaims.Claim claim, SemanticType header) {
        return claim != null && sameFamily(claim.type(), header) ? c.tally.validShare(claim.validator()) : 0;
    }

    static boolean sameFamily(SemanticType a, SemanticType b) {
        for (Set<SemanticType> f : FAMILIES) {
            if (f.contains(a) && f.contains(b)) {
                return true;
            }
        }
        return false;
    }

    static SemanticType validatorOf(SemanticType type) {
        return VALIDATOR.getOrDefault(type, type);
    }

    private static Validity validity(ColumnAccumulator c, SemanticType type) {
        SemanticType v = validatorOf(type);
        if (EnumSet.of(NUMBER, CATEGORY, TEXT, EMPTY, ID).contains(v) || c.tally.indexOf(v) < 0) {
            return null;
        }
        return new Validity(c.tally.testedCount(v), c.tally.validCount(v));
    }

    private Decision fallback(ColumnAccumulator c, SemanticType header, String headerWord) {
        List<String> evidence = new ArrayList<>();
        if (header != null) {
            evidence.add("header " + headerWord + " suggests " + header.id() + ", values disagree");
        }
        double numbers = c.tally.validShare(NUMBER);
        if (numbers >= 0.9) {
            if (c.ranges.integers == c.ranges.numbers && ValueClaims.isSequentialKey(c)) {
                evidence.add("unique integers " + (long) c.ranges.numberMin + "-" + (long) c.ranges.numberMax);
                return new Decision(ID, 0.7, evidence, null);
            }
            evidence.add(Evidence.percent(numbers) + " numeric");
            if (c.tally.shapeShare(NIK) >= 0.8) {
                evidence.add("16-digit values but only " + Evidence.percent(c.tally.validShare(NIK)) + " valid NIK structure");
            }
            return new Decision(NUMBER, round(0.5 + 0.4 * numbers), evidence, null);
        }
        long distinct = c.distinct();
        if (distinct <= 20 && c.tally.checked() >= 2L * distinct && c.lengthMean() <= 40) {
            evidence.add(distinct + " distinct values in " + c.tally.checked());
            return new Decision(CATEGORY, 0.6, evidence, null);
        }
        evidence.add("no recogniser matched most values");
        return new Decision(TEXT, 0.5, evidence, null);
    }

    private static double round(double v) {
        return Math.round(Math.min(1.0, v) * 1000) / 1000.0;
    }
}
