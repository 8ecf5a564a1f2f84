package org.telisik.core.profile;

import static org.telisik.core.model.SemanticType.*;

import java.time.LocalDate;
import java.util.List;
import org.telisik.core.identity.EmailAddresses;
import org.telisik.core.identity.KkValidator;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.NpwpValidator;
import org.telisik.core.identity.Passports;
import org.telisik.core.identity.PhoneNumbers;
import org.telisik.core.identity.PostalCodes;
import org.telisik.core.identity.RegionCodes;
import org.telisik.core.model.SemanticType;
import org.telisik.core.profile.ValueRecognizer.Match;

/**
 * The recognisers every column is tested against, one per semantic type that values can show. BIRTH_DATE,
 * DATETIME, ID (integers), CATEGORY and TEXT have none: the classifier derives them from the DATE and NUMBER
 * counts, the header and the column's statistics. ID here recognises UUIDs.
 */
public final class Recognizers {
    /** The NIK recogniser's decoding of a value that is not 16 digits (the validator's failures are small negatives). */
    private static final long NOT_SIXTEEN = Long.MIN_VALUE;
    private Recognizers() {
    }

    /**
     * New recognisers on every call, for one thread: NIK and NPWP share the last decoding ({@link LastNikDecoding}),
     * MRN and ACCESSION_NUMBER the last record-number scan ({@link LastRecordNumber}).
     */
    public static List<ValueRecognizer> standard(LocalDate referenceDate) {
        NikValidator nik = new NikValidator(RegionCodes.get(), referenceDate);
        KkValidator kk = new KkValidator(RegionCodes.get(), referenceDate);
        LastNikDecoding lastNik = new LastNikDecoding(nik);
        LastRecordNumber lastRecord = new LastRecordNumber();
        NpwpValidator npwp = new NpwpValidator(lastNik::isValid);
        RegionNames regions = RegionNames.get();
        PostalCodes postal = PostalCodes.get();
        return List.of(
                DecodingRecognizer.of(NIK, v -> sixteen(v) ? lastNik.decode(v) : NOT_SIXTEEN,
                        d -> d == NOT_SIXTEEN ? Match.NONE : d < 0 ? Match.SHAPE : Match.VALID),
                ValueRecognizer.of(KK, v -> sixteen(v) ? (kk.isValid(v) ? Match.VALID : Match.SHAPE) : Match.NONE),
                ValueRecognizer.of(NPWP, v -> npwpTest(npwp, v)),
                ValueRecognizer.of(BPJS_NUMBER, IdentifierShapes::bpjs),
                ValueRecognizer.of(IHS_NUMBER, IdentifierShapes::ihs),
                ValueRecognizer.of(PASSPORT, v -> match(Passports.classify(v).ordinal())),
                ValueRecognizer.of(MRN, v -> lastRecord.test(v, 20)),
                ValueRecognizer.of(ACCESSION_NUMBER, v -> lastRecord.test(v, 16)),
                ValueRecognizer.of(DICOM_UID, CodeShapes::dicomUid),
                ValueRecognizer.of(EMAIL, v -> match(EmailAddresses.classify(v).ordinal())),
                ValueRecognizer.of(PASSWORD_HASH, CredentialShapes::hash),
                ValueRecognizer.of(IP_ADDRESS, CredentialShapes::ipAddress),
                ValueRecognizer.of(URL, CredentialShapes::url),
                DecodingRecognizer.of(PHONE, Recognizers::phoneNumber, Recognizers::phone),
                DecodingRecognizer.of(DATE, Recognizers::date, Recognizers::dateMatch),
                ValueRecognizer.of(ICD10, CodeShapes::icd10),
                ValueRecognizer.of(MODALITY, v -> v.length() <= 12 ? TextShapes.wholeValue(MODALITY, v) : Match.NONE),
                ValueRecognizer.of(POSTAL_CODE, v -> PostalCodes.hasShape(v) ? (postal.isKnown(v) ? Match.VALID : Match.SHAPE) : Match.NONE),
                ValueRecognizer.of(PROVINCE, v -> region(v, 1, regions)),
                ValueRecognizer.of(REGENCY, v -> region(v, 2, regions)),
                ValueRecognizer.of(DISTRICT, v -> region(v, 3, regions)),
                ValueRecognizer.of(VILLAGE, v -> IdentifierShapes.regionCode(v, 4)),
                ValueRecognizer.of(BIRTH_PLACE, v -> birthPlace(v, regions)),
                ValueRecognizer.of(GENDER, v -> TextShapes.wholeValue(GENDER, v)),
                ValueRecognizer.of(RELIGION, v -> TextShapes.wholeValue(RELIGION, v)),
                ValueRecognizer.of(BLOOD_TYPE, TextShapes::bloodType),
                ValueRecognizer.of(MARITAL_STATUS, v -> TextShapes.wholeValue(MARITAL_STATUS, v)),
                ValueRecognizer.of(OCCUPATION, v -> TextShapes.wholeValue(OCCUPATION, v)),
                ValueRecognizer.of(PAYER, TextShapes::payer),
                ValueRecognizer.of(INSTITUTION, TextShapes::institution),
                ValueRecognizer.of(ADDRESS, TextShapes::address),
                ValueRecognizer.of(EXAM, TextShapes::exam),
                ValueRecognizer.of(FINDINGS, TextShapes::findings),
                ValueRecognizer.of(CLINICAL_INFO, TextShapes::clinicalInfo),
                ValueRecognizer.of(PERSON_NAME, NameShapes::person),
                ValueRecognizer.of(PHYSICIAN, NameShapes::physician),
                ValueRecognizer.of(AGE, CodeShapes::age),
                ValueRecognizer.of(ID, CodeShapes::uuid),
                DecodingRecognizer.of(NUMBER, v -> Double.doubleToRawLongBits(ValueRanges.parseNumber(v)),
                        d -> Double.isNaN(Double.longBitsToDouble(d)) ? Match.NONE : Match.VALID));
    }

    private static Match match(int ordinal) {
        return Match.values()[ordinal];
    }

    /** 16 digits, possibly with separators or Excel's apostrophe: cheap pre-check before the NIK/KK rules. */
    static boolean sixteen(String v) {
        int n = v.length();
        if (n < 16 || n > 22) {
            return false;
        }
        int digits = 0;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c != ' ' && c != '.' && c != '-' && c != '\'') {
                return false;
            }
        }
        return digits == 16;
    }

    private static Match npwpTest(NpwpValidator npwp, String v) {
        if (v.length() < 15 || v.length() > 32) {
            return Match.NONE;
        }
        return switch (npwp.check(v)) {
            case NOT_NPWP -> Match.NONE;
            case VALID_15, VALID_16_ZERO, VALID_16_NIK -> Match.VALID;
            default -> Match.SHAPE;
        };
    }

    /** The national number of a phone-shaped value, -1 when it is not one ({@link PhoneNumbers#nationalNumber}). */
    private static long phoneNumber(String v) {
        return v.length() < 8 || v.length() > 22 ? -1 : PhoneNumbers.nationalNumber(v);
    }

    private static Match phone(long nationalNumber) {
        return switch (PhoneNumbers.classify(nationalNumber)) {
            case NONE -> Match.NONE;
            case SHAPE -> Match.SHAPE;
            default -> Match.VALID;
        };
    }

    private static long date(String v) {
        char c = v.charAt(0);
        if (!(c >= '0' && c <= '9') && !Character.isLetter(c)) {
            return DateParser.NONE;
        }
        return DateParser.parse(v);
    }

    private static Match dateMatch(long d) {
        return d == DateParser.NONE ? Match.NONE : d == DateParser.SHAPE ? Match.SHAPE : Match.VALID;
    }

    private static Match region(String v, int level, RegionNames names) {
        if (CodeShapes.isDigit(v.charAt(0))) {
            return IdentifierShapes.regionCode(v, level);
        }
        if (v.length() < 3 || v.length() > 60) {
            return Match.NONE;
        }
        boolean known = switch (level) {
            case 1 -> names.isProvince(v);
            case 2 -> names.isPrefixedRegency(v);
            default -> names.isDistrict(v);
        };
        return known ? Match.VALID : Match.NONE;
    }

    private static Match birthPlace(String v, RegionNames names) {
        if (v.length() < 3 || v.length() > 40 || !Character.isLetter(v.charAt(0))) {
            return Match.NONE;
        }
        if (names.isBareRegency(v) || names.isProvince(v) || names.isPrefixedRegency(v)) {
            return Match.VALID;
        }
        return names.isDistrict(v) ? Match.SHAPE : Match.NONE;
    }

    /** The recogniser of a type in a list, or -1. */
    static int indexOf(List<ValueRecognizer> recognizers, SemanticType type) {
        for (int i = 0; i < recognizers.size(); i++) {
            if (recognizers.get(i).type() == type) {
                return i;
            }
        }
        return -1;
    }
}
