package org.telisik.core.identity;

import java.time.LocalDate;

/**
 * The outcome of checking one NIK, decoded when valid.
 *
 * @param nik     the digits checked (separators removed)
 * @param failure null when valid, else the first rule the value broke
 */
public record NikCheck(
        String nik,
        boolean valid,
        Failure failure,
        String provinceCode,
        String regencyCode,
        String districtCode,
        LocalDate birthDate,
        boolean female,
        int serial) {

    public enum Failure { LENGTH, NOT_DIGITS, PROVINCE, REGENCY, DISTRICT, DATE, SERIAL }

    static NikCheck invalid(String nik, Failure failure) {
        return new NikCheck(nik, false, failure, null, null, null, null, false, 0);
    }
}
