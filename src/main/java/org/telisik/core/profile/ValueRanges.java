package org.telisik.core.profile;

import java.time.LocalDate;

/**
 * Minimum and maximum of a column's numbers and dates, the share of dates with a time, and the count of
 * dates per year (fixed table 1850-2100), filled as values arrive.
 */
final class ValueRanges {
    static final int FIRST_YEAR = 1850;
    double numberMin = Double.POSITIVE_INFINITY;
    double numberMax = Double.NEGATIVE_INFINITY;
    long numbers;
    long integers;
    /** Integers written with leading zeros (zero-padded record numbers). */
    long zeroPadded;
    /** Integers per written length 1-20. */
    final long[] integerLengths = new long[21];
    long dateMin = Long.MAX_VALUE;
    long dateMax = Long.MIN_VALUE;
    long dates;
    long withTime;
    final long[] years = new long[251];

    /** Counts a written number {@code v} whose value {@link #parseNumber} gave as {@code d}. */
    void addNumber(CharSequence v, double d) {
        if (Double.isNaN(d)) {
            return;
        }
        numbers++;
        numberMin = Math.min(numberMin, d);
        numberMax = Math.max(numberMax, d);
        if (d == Math.rint(d) && !containsDot(v)) {
            integers++;
            zeroPadded += v.length() > 1 && v.charAt(0) == '0' ? 1 : 0;
            integerLengths[Math.min(20, v.length())]++;
        }
    }

    void addDate(long packed) {
        long day = DateParser.epochDay(packed);
        dates++;
        dateMin = Math.min(dateMin, day);
        dateMax = Math.max(dateMax, day);
        if (DateParser.hasTime(packed)) {
            withTime++;
        }
        years[Math.max(0, Math.min(250, DateParser.year(packed) - FIRST_YEAR))]++;
    }

    /** Adds the ranges of the values after this one's: sums, minima and maxima, exact in any order. */
    void absorb(ValueRanges later) {
        numberMin = Math.min(numberMin, later.numberMin);
        numberMax = Math.max(numberMax, later.numberMax);
        numbers += later.numbers;
        integers += later.integers;
        zeroPadded += later.zeroPadded;
        Counts.add(integerLengths, later.integerLengths);
        dateMin = Math.min(dateMin, later.dateMin);
        dateMax = Math.max(dateMax, later.dateMax);
        dates += later.dates;
        withTime += later.withTime;
        Counts.add(years, later.years);
    }

    /** The most common written length of the integers, or 0. */
    int commonIntegerLength() {
        int best = 0;
        for (int i = 1; i < integerLengths.length; i++) {
            if (integerLengths[i] > integerLengths[best]) {
                best = i;
            }
        }
        return best;
    }

    /** Years between the earliest and latest date. */
    int yearSpan() {
        return dates == 0 ? 0 : LocalDate.ofEpochDay(dateMax).getYear() - LocalDate.ofEpochDay(dateMin).getYear();
    }

    private static boolean containsDot(CharSequence v) {
        for (int i = 0; i < v.length(); i++) {
            if (v.charAt(i) == '.' || v.charAt(i) == ',') {
                return true;
            }
        }
        return false;
    }

    /** Plain decimal with optional sign and one dot or comma; NaN otherwise. */
    static double parseNumber(CharSequence v) {
        int n = v.length();
        int i = n > 0 && (v.charAt(0) == '-' || v.charAt(0) == '+') ? 1 : 0;
        if (i == n || n > 24) {
            return Double.NaN;
        }
        // up to 16 digits and nothing else (identifiers, phone and record numbers, the common case): summed in a
        // long, one conversion; the same double as the loop below gives, whose steps are all exact up to 15
        // digits and whose 16th step rounds once, as the conversion does
        long whole = 0;
        int j = i;
        while (j < n && j - i < 16) {
            char c = v.charAt(j);
            if (c < '0' || c > '9') {
                break;
            }
            whole = whole * 10 + (c - '0');
            j++;
        }
        if (j == n) {
            return v.charAt(0) == '-' ? -(double) whole : (double) whole;
        }
        double value = 0;
        double scale = 0;
        for (; i < n; i++) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                if (scale == 0) {
                    value = value * 10 + (c - '0');
                } else {
                    value += (c - '0') / scale;
                    scale *= 10;
                }
            } else if ((c == '.' || c == ',') && scale == 0) {
                scale = 10;
            } else {
                return Double.NaN;
            }
        }
        return v.charAt(0) == '-' ? -value : value;
    }
}
