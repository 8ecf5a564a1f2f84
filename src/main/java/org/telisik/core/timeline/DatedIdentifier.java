package org.telisik.core.timeline;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A record number that carries the day it was issued and a serial within it, the way hospital systems number
 * visits and orders: Khanza's {@code no_rawat} {@code 2021/12/30/000123}, {@code 2021-12-30-0001},
 * {@code RJ20211230-0012}, {@code 20211230000123}. Such numbers grow with time, so the largest is the newest
 * record, and its date bounds when the data was taken.
 */
record DatedIdentifier(LocalDate date, long serial, String value) implements Comparable<DatedIdentifier> {
    private static final Pattern SHAPE = Pattern.compile(
            "[A-Za-z]{0,4}[/.-]?((?:19|20)\\d\\d)([/.-]?)(\\d\\d)\\2(\\d\\d)[/.-]?(\\d{2,8})");

    /** The identifier in {@code v}, or null when it has no valid date followed by a serial. */
    static DatedIdentifier parse(String v) {
        if (v.length() < 10 || v.length() > 32) {
            return null;
        }
        Matcher m = SHAPE.matcher(v);
        if (!m.matches()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)),
                    Integer.parseInt(m.group(4)));
            return new DatedIdentifier(date, Long.parseLong(m.group(5)), v);
        } catch (DateTimeException e) {
            return null;
        }
    }

    @Override
    public int compareTo(DatedIdentifier o) {
        int c = date.compareTo(o.date);
        return c != 0 ? c : Long.compare(serial, o.serial);
    }
}
