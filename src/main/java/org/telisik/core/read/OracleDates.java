package org.telisik.core.read;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Reads the value of an Oracle {@code to_date(value, format)} as SQL Developer and exp write it
 * ({@code to_date('27-NOV-11','DD-MON-RR')}) into ISO form: {@code 2011-11-27}, with the time when the format
 * has one. RR years follow Oracle's rule (00-49 the 2000s, 50-99 the 1900s). A value that does not fit its
 * format comes back as written.
 */
final class OracleDates {
    private static final String[] ELEMENTS = {"YYYY", "RRRR", "MONTH", "MON", "HH24", "HH12", "DD", "MM", "YY",
        "RR", "HH", "MI", "SS", "FF", "AM", "PM"};

    /** English month names, as NLS_DATE_LANGUAGE=AMERICAN writes them, looked up once. */
    private static final String[] MONTHS = java.util.Arrays.stream(Month.values())
            .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toUpperCase(Locale.ROOT)).toArray(String[]::new);

    private OracleDates() {
    }

    static String decode(String value, String format) {
        if (value == null || format == null) {
            return value;
        }
        try {
            return parse(value.strip(), format.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            return value;
        }
    }

    private static String parse(String v, String f) {
        int year = 1;
        int month = 1;
        int day = 1;
        int hour = 0;
        int minute = 0;
        int second = 0;
        boolean time = false;
        boolean pm = false;
        int vi = 0;
        int fi = 0;
        while (fi < f.length()) {
            String element = element(f, fi);
            if (element == null) { // a separator: matches whatever non-alphanumeric stands there
                fi++;
                while (vi < v.length() && !Character.isLetterOrDigit(v.charAt(vi))) {
                    vi++;
                }
                continue;
            }
            fi += element.length();
            int end = vi;
            while (end < v.length() && (element.startsWith("MON") || element.equals("AM") || element.equals("PM")
                    ? Character.isLetter(v.charAt(end)) : Character.isDigit(v.charAt(end)))) {
                end++;
            }
            String part = v.substring(vi, end);
            vi = end;
            switch (element) {
                case "YYYY", "RRRR" -> year = Integer.parseInt(part);
                case "YY", "RR" -> year = twoDigitYear(Integer.parseInt(part), element, part.length());
                case "MONTH", "MON" -> month = month(part);
                case "MM" -> month = Integer.parseInt(part);
                case "DD" -> day = Integer.parseInt(part);
                case "AM", "PM" -> pm = part.equalsIgnoreCase("PM");
                case "FF" -> time = true;
                default -> {
                    time = true;
                    int n = Integer.parseInt(part);
                    switch (element) {
                        case "MI" -> minute = n;
                        case "SS" -> second = n;
                        default -> hour = n;
                    }
                }
            }
        }
        if (vi < v.length()) {
            throw new IllegalArgumentException("value longer than its format");
        }
        hour = pm && hour < 12 ? hour + 12 : hour;
        return time ? LocalDateTime.of(year, month, day, hour, minute, second).toString().replace('T', ' ')
                : LocalDate.of(year, month, day).toString();
    }

    private static int twoDigitYear(int y, String element, int digits) {
        if (digits > 2) {
            return y;
        }
        return element.equals("RR") && y >= 50 ? 1900 + y : 2000 + y;
    }

    private static int month(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        for (int m = 0; m < MONTHS.length; m++) {
            if (MONTHS[m].equals(n) || MONTHS[m].startsWith(n) && n.length() == 3) {
                return m + 1;
            }
        }
        throw new IllegalArgumentException("no month " + name);
    }

    private static String element(String f, int at) {
        for (String e : ELEMENTS) {
            if (f.startsWith(e, at)) {
                return e;
            }
        }
        return null;
    }
}
