package org.telisik.core.profile;

import static org.telisik.core.model.SemanticType.*;

import org.telisik.core.model.SemanticType;

/**
 * What a column's values alone say it is: the most specific type whose recogniser validated enough of the
 * checked values, tried in a fixed order from the most to the least specific. Returns null when no specific
 * type claims the column; the classifier then falls back to id, number, category or text.
 */
final class ValueClaims {
    /** The type claimed, the recogniser whose counts back it, and a one-line reason for the evidence. */
    record Claim(SemanticType type, SemanticType validator, String reason) {
    }

    /** Types tried after the numeric identifiers, most specific first, each with the valid share it needs. */
    private static final SemanticType[] ORDER = {
        EMAIL, PASSWORD_HASH, IP_ADDRESS, URL, DICOM_UID, IHS_NUMBER, PHONE, BPJS_NUMBER, DATE, PASSPORT, ICD10, MODALITY,
        GENDER, BLOOD_TYPE, RELIGION, MARITAL_STATUS, POSTAL_CODE, PROVINCE, REGENCY, VILLAGE,
        OCCUPATION, PAYER, INSTITUTION, PHYSICIAN, PERSON_NAME, BIRTH_PLACE, DISTRICT, ADDRESS,
        FINDINGS, EXAM, CLINICAL_INFO};
    private static final double[] MIN_VALID = {
        0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.8, 0.9,
        0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9, 0.9,
        0.8, 0.8, 0.8, 0.6, 0.5, 0.8, 0.8, 0.7,
        0.6, 0.7, 0.6};

    private ValueClaims() {
    }

    static Claim claim(ColumnAccumulator c) {
        Claim sixteen = sixteenDigits(c);
        if (sixteen != null) {
            return sixteen;
        }
        if (c.tally.shapeShare(NPWP) >= 0.8 && c.tally.validShare(NPWP) >= 0.8) {
            return new Claim(NPWP, NPWP, "15-digit numbers with a valid NPWP check digit");
        }
        for (int i = 0; i < ORDER.length; i++) {
            SemanticType t = ORDER[i];
            if (c.tally.validShare(t) >= MIN_VALID[i] && extraCondition(c, t)) {
                return new Claim(t, t, Evidence.percent(c.tally.validShare(t)) + " " + Evidence.noun(t));
            }
        }
        return numeric(c);
    }

    private static boolean extraCondition(ColumnAccumulator c, SemanticType t) {
        return switch (t) {
            case PERSON_NAME -> c.tally.shapeShare(PERSON_NAME) >= 0.8;
            case FINDINGS -> c.lengthMean() >= 30;
            case PROVINCE, REGENCY, DISTRICT, GENDER, BLOOD_TYPE -> c.distinct() >= 2 || c.tally.checked() < 5;
            default -> true;
        };
    }

    /** NIK, KK or 16-digit NPWP; null when the values are not 16 digits or fit none of them. */
    private static Claim sixteenDigits(ColumnAccumulator c) {
        if (c.tally.shapeShare(NIK) < 0.8) {
            return null;
        }
        double nik = c.tally.validShare(NIK);
        double kk = c.tally.validShare(KK);
        if (nik >= 0.5) {
            boolean noWomen = c.nik.valid() >= 10 && c.nik.female() == 0;
            if (noWomen && kk >= 0.9 * nik) {
                return new Claim(KK, KK, "no day+40 among " + c.nik.valid() + " decoded dates: family-card entry dates");
            }
            return new Claim(NIK, NIK, Evidence.percent(nik) + " valid NIK structure");
        }
        if (c.tally.validShare(NPWP) >= 0.8) {
            return new Claim(NPWP, NPWP, Evidence.percent(c.tally.validShare(NPWP)) + " 0 + a valid 15-digit NPWP");
        }
        return kk >= 0.5 ? new Claim(KK, KK, Evidence.percent(kk) + " valid KK structure") : null;
    }

    /** Age, record number or null for plain numbers (the classifier then decides id or number). */
    private static Claim numeric(ColumnAccumulator c) {
        ValueRanges r = c.ranges;
        if (c.tally.validShare(ID) >= 0.9) {
            return new Claim(ID, ID, Evidence.percent(c.tally.validShare(ID)) + " UUIDs");
        }
        boolean integers = r.integers >= 0.95 * c.tally.checked() && c.tally.checked() > 0;
        int length = r.commonIntegerLength();
        if (integers && r.zeroPadded * 2 >= r.integers && length >= 6 && length <= 12
                && r.integerLengths[length] >= 0.9 * r.integers) {
            return new Claim(MRN, MRN, "zero-padded numbers of length " + length + ", like No. RM");
        }
        if (integers && isSequentialKey(c)) {
            return null;
        }
        if (c.tally.validShare(AGE) >= 0.95 && (r.numbers < 0.5 * c.tally.checked() || (r.numberMax <= 120 && c.distinct() >= 5))) {
            return new Claim(AGE, AGE, Evidence.percent(c.tally.validShare(AGE)) + " ages (0-120, 045Y, 45 th)");
        }
        return null;
    }

    /** Unique integers that fill most of their range: a surrogate key. */
    static boolean isSequentialKey(ColumnAccumulator c) {
        ValueRanges r = c.ranges;
        return c.distinctExact() && c.distinct() == c.tally.checked() && c.tally.checked() >= 3
                && r.numberMax - r.numberMin + 1 <= 2.0 * c.tally.checked();
    }
}
