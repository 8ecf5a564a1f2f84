package org.telisik.core.authenticity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates found in Indonesian exports: {@code 1990-05-17}, {@code 17-05-1990}, {@code 17/05/1990},
 * {@code 17.05.1990}, {@code 1990/05/17}, each optionally followed by a time. Day-first is the Indonesian order;
 * month-first American dates are not guessed.
 */
final class DateValues {
    private static final Pattern YMD = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})(?:[ T].*)?$");
    private static final Pattern DMY = Pattern.compile("^(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})(?:[ T].*)?$");

    private DateValues() {
    }

    /** @return the date, or null when the value is not a date in one of the accepted forms */
    static LocalDate parse(String value) {
        if (value == null || value.length() < 8) {
            return null;
        }
        Matcher m = YMD.matcher(value.strip());
        if (m.matches()) {
            return of(m.group(1), m.group(2), m.group(3));
        }
        m = DMY.matcher(value.strip());
        return m.matches() ? of(m.group(3), m.group(2), m.group(1)) : null;
    }

    private static LocalDate of(String y, String mo, String d) {
        try {
            return LocalDate.of(Integer.parseInt(y), Integer.parseInt(mo), Integer.parseInt(d));
        } catch (DateTimeException e) {
            return null;
        }
    }
}
