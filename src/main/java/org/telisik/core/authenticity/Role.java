package org.telisik.core.authenticity;

/** What a column means to the authenticity checks. */
public enum Role { NIK, KK, NAME, BIRTH_DATE, SEX, POSTAL_CODE, PHONE, EMAIL, NPWP, EVENT_DATE }
