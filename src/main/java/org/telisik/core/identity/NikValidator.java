package org.telisik.core.identity;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Structural validation of a Nomor Induk Kependudukan: 6-digit district code known in some Kemendagri
 * vintage, DDMMYY birth date (day + 40 for women) that exists on the calendar, serial 0001-9999.
 *
 * <p>The century is not written in a NIK. It is resolved against a reference date (the newest date of the
 * data, or today): the later of 20YY and 19YY that is not after the reference date. A date that exists in
 * only one century (29 February 1900 does not exist) takes that century.
 */
public final class NikValidator {
    private static final int MAX_AGE_YEARS = 120;
    private final RegionCodes regions;
    private final LocalDate referenceDate;

    public NikValidator(RegionCodes regions, LocalDate referenceDate) {
        this.regions = regions;
        this.referenceDate = referenceDate;
    }

    public NikValidator() {
        this(RegionCodes.get(), LocalDate.now());
    }

    /** Strips spaces, dots and dashes, the separators people put in NIKs; anything else is kept and fails. */
    public static String normalise(String value) {
        StringBuilder sb = new StringBuilder(16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != ' ' && c != '.' && c != '-' && c != '\'') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    public NikCheck check(String value) {
        String nik = normalise(value);
        if (nik.length() != 16) {
            return NikCheck.invalid(nik, NikCheck.Failure.LENGTH);
        }
        for (int i = 0; i < 16; i++) {
            if (nik.charAt(i) < '0' || nik.charAt(i) > '9') {
                return NikCheck.invalid(nik, NikCheck.Failure.NOT_DIGITS);
            }
        }
        if (!regions.knows(nik.substring(0, 2))) {
            return NikCheck.invalid(nik, NikCheck.Failure.PROVINCE);
        }
        if (!regions.knows(nik.substring(0, 4))) {
            return NikCheck.invalid(nik, NikCheck.Failure.REGENCY);
        }
        if (!regions.knows(nik.substring(0, 6))) {
            return NikCheck.invalid(nik, NikCheck.Failure.DISTRICT);
        }
        int day = Integer.parseInt(nik.substring(6, 8));
        int month = Integer.parseInt(nik.substring(8, 10));
        int yy = Integer.parseInt(nik.substring(10, 12));
        boolean female = day > 40;
        LocalDate birth = resolveDate(female ? day - 40 : day, month, yy);
        if (birth == null) {
            return NikCheck.invalid(nik, NikCheck.Failure.DATE);
        }
        int serial = Integer.parseInt(nik.substring(12, 16));
        if (serial == 0) {
            return NikCheck.invalid(nik, NikCheck.Failure.SERIAL);
        }
        return new NikCheck(nik, true, null, nik.substring(0, 2), nik.substring(0, 4), nik.substring(0, 6),
                birth, female, serial);
    }

    public boolean isValid(String value) {
        return check(value).valid();
    }

    private LocalDate resolveDate(int day, int month, int yy) {
        if (day < 1 || day > 31 || month < 1 || month > 12) {
            return null;
        }
        LocalDate recent = dateOrNull(2000 + yy, month, day);
        if (recent != null && !recent.isAfter(referenceDate)) {
            return recent;
        }
        LocalDate older = dateOrNull(1900 + yy, month, day);
        if (older != null && !older.isBefore(referenceDate.minusYears(MAX_AGE_YEARS))) {
            return older;
        }
        return null;
    }

    private static LocalDate dateOrNull(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
