package org.telisik.core.model;

import java.util.Locale;

/**
 * The column type vocabulary v1 (semantic-types.md). The {@link #id()} strings are part of the
 * analysis JSON contract and must never change spelling.
 */
public enum SemanticType {
    NIK(true), KK(true), NPWP(true), BPJS_NUMBER(true), MRN(true), IHS_NUMBER(true), PASSPORT(true),
    PERSON_NAME(true), PHYSICIAN(true), BIRTH_DATE(true), BIRTH_PLACE(true), GENDER(true), AGE(true),
    RELIGION(true), BLOOD_TYPE(true), MARITAL_STATUS(true), OCCUPATION(true), PHONE(true), EMAIL(true),
    ADDRESS(true), PROVINCE(false), REGENCY(false), DISTRICT(false), VILLAGE(false), POSTAL_CODE(false),
    ICD10(true), MODALITY(false), EXAM(false), FINDINGS(true), CLINICAL_INFO(true), INSTITUTION(false),
    ACCESSION_NUMBER(true), DICOM_UID(true), PAYER(false), USERNAME(true), PASSWORD(true), PASSWORD_HASH(true),
    IP_ADDRESS(true), URL(false), DATE(false), DATETIME(false), ID(false),
    NUMBER(false), CATEGORY(false), TEXT(false), EMPTY(false);

    private final boolean personal;

    SemanticType(boolean personal) {
        this.personal = personal;
    }

    /** The identifier written in JSON, e.g. {@code birth_date}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when values of this type are personal data and must be masked in every output by default. */
    public boolean isPersonal() {
        return personal;
    }

    public static SemanticType fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
