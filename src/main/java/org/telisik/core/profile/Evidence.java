package org.telisik.core.profile;

import java.util.Locale;
import org.telisik.core.model.SemanticType;

/** Wording of the short reasons shown as a column's evidence. */
final class Evidence {
    private Evidence() {
    }

    /**
     * One decimal and a percent sign. Locale.US writes what Locale.ROOT writes (digits 0-9, a point), but the
     * formatter knows US symbols without looking them up: the lookup was most of a small file's formatting cost.
     */
    static String percent(double share) {
        return String.format(Locale.US, "%.1f%%", share * 100);
    }

    /** What a valid value of the type is called in a reason: "98.7% valid NIK structure", "99.2% valid dates". */
    static String noun(SemanticType t) {
        return switch (t) {
            case NIK -> "valid NIK structure";
            case KK -> "valid KK structure";
            case NPWP -> "valid NPWP check digits";
            case DATE, BIRTH_DATE -> "valid dates";
            case DATETIME -> "valid timestamps";
            case PHONE -> "valid Indonesian phone numbers";
            case EMAIL -> "valid e-mail addresses";
            case POSTAL_CODE -> "known postal codes";
            case PROVINCE, REGENCY, DISTRICT, VILLAGE -> "known " + t.id() + " codes or names";
            case BIRTH_PLACE -> "known place names";
            case PERSON_NAME -> "look like names (known given or family name)";
            case PHYSICIAN -> "names with dr./Sp. affixes";
            case ICD10 -> "ICD-10 codes";
            case DICOM_UID -> "valid DICOM UIDs";
            case BPJS_NUMBER -> "13-digit BPJS card numbers";
            case IHS_NUMBER -> "SATUSEHAT ids (P + 11 digits)";
            case PASSPORT -> "passport numbers or valid MRZ lines";
            case MRN, ACCESSION_NUMBER -> "record-number shaped";
            case ADDRESS -> "with street words (Jl., Gg., RT/RW, No.)";
            case INSTITUTION -> "facility names (RS, RSUD, Puskesmas, Klinik)";
            case EXAM -> "radiology procedure wording";
            case FINDINGS -> "report wording (kesan, tampak, cor, pulmo ...)";
            case CLINICAL_INFO -> "clinical indication wording";
            case PASSWORD_HASH -> "password hashes of a known scheme (bcrypt, MD5/SHA hex, phpass ...)";
            case IP_ADDRESS -> "IP addresses";
            case URL -> "URLs with a scheme and host";
            default -> "known " + t.id().replace('_', ' ') + " values";
        };
    }
}
