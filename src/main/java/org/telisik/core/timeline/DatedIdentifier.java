package org.telisik.core.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * A record number that carries the day it was issued and a serial within it, the way hospital systems number
 * visits and orders: Khanza's {@code no_rawat} {@code 2021/12/30/000123}, {@code 2021-12-30-0001},
 * {@code RJ20211230-0012}, {@code 20211230000123}. Such numbers grow with time, so the largest is the newest
 * record, and its date bounds when the data was taken.
 */
record DatedIdentifier(LocalDate date, long serial, String value) implements Comparable<DatedIdentifier> {
    /**
     * The identifier in {@code v}, or null when it has no valid date followed by a serial.
     *
     * <p>The shape, as a regular expression: {@code [A-Za-z]{0,4}[/.-]?((?:19|20)\d\d)([/.-]?)(\d\d)\2(\d\d)[/.-]?(\d{2,8})}.
     * It is matched by hand below because {@link #parse} runs on every value of a candidate column (millions in a
     * large file): a {@code Matcher} per value cost an allocation, backtracking machinery and its own JIT work.
     * Every part of the shape is taken greedily and none can give back what it took (a letter is no separator or
     * digit, a separator no digit), so one left-to-right pass decides as the expression does.
     */
    static DatedIdentifier parse(String v) {
        int n = v.length();
        if (n < 10 || n > 32) {
            return null;
        }
        int i = 0;
        while (i < n && isLetter(v.charAt(i))) {
            i++;
        }
        if (i > 4) {
            return null;
        }
        i += i < n && isSeparator(v.charAt(i)) ? 1 : 0;
        int year = digits(v, i, 4);
        if (year < 1900 || year > 2099) {
            return null;
        }
        i += 4;
        char separator = i < n && isSeparator(v.charAt(i)) ? v.charAt(i) : 0;
        i += separator == 0 ? 0 : 1;
        int month = digits(v, i, 2);
        i += 2;
        if (month < 0 || separator != 0 && (i >= n || v.charAt(i++) != separator)) {
            return null;
        }
        int day = digits(v, i, 2);
        i += 2;
        if (day < 0) {
            return null;
        }
        i += i < n && isSeparator(v.charAt(i)) ? 1 : 0;
        int serialDigits = n - i;
        long serial = serialDigits < 2 || serialDigits > 8 ? -1 : digits(v, i, serialDigits);
        if (serial < 0) {
            return null;
        }
        try {
            return new DatedIdentifier(LocalDate.of(year, month, day), serial, v);
        } catch (DateTimeException e) {
            return null;
        }
    }

    /** The number written by the {@code count} ASCII digits at {@code from}, -1 when any is missing or not one. */
    private static int digits(String v, int from, int count) {
        if (from + count > v.length()) {
            return -1;
        }
        int x = 0;
        for (int i = from; i < from + count; i++) {
            char c = v.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            x = x * 10 + (c - '0');
        }
        return x;
    }

    private static boolean isLetter(char c) {
        return c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z';
    }

    private static boolean isSeparator(char c) {
        return c == '/' || c == '.' || c == '-';
    }

    @Override
    public int compareTo(DatedIdentifier o) {
        int c = date.compareTo(o.date);
        return c != 0 ? c : Long.compare(serial, o.serial);
    }
}
