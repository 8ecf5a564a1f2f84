package org.telisik.core.profile;

import org.telisik.core.identity.CalendarDays;

/**
 * Dates and timestamps in the forms Indonesian data uses: {@code 2021-03-05}, {@code 05-03-2021},
 * {@code 05/03/2021}, {@code 5.3.2021}, {@code 05-03-21}, DICOM {@code 20210305} and {@code 20210305143000},
 * {@code 5 Maret 2021}, {@code 05-Mar-2021}, {@code Jumat, 5 Maret 2021}, {@code 2021-03-05T14:30:00+07:00},
 * {@code 05/03/2021 14:30 WIB}. Day-month order is assumed (Indonesian usage); a value valid only as
 * month-day (05/23/2021) is read that way.
 *
 * <p>{@link #parse} allocates nothing and answers {@link #NONE} (not written like a date), {@link #SHAPE}
 * (written like one, but no such day) or a packed result (positive) read with {@link #epochDay}, {@link #year}
 * and {@link #hasTime}.
 */
final class DateParser {
    static final long NONE = Long.MIN_VALUE;
    static final long SHAPE = Long.MIN_VALUE + 1;
    private static final long OFFSET = 1L << 30;
    private static final int MIN_YEAR = 1850;
    private static final int MAX_YEAR = 2100;

    private DateParser() {
    }

    static long epochDay(long packed) {
        return (packed & 0xFFFF_FFFFL) - OFFSET;
    }

    /** The year of a packed date, kept in it so that a column's count per year needs no calendar division. */
    static int year(long packed) {
        return (int) (packed >>> 33) + MIN_YEAR;
    }

    static boolean hasTime(long packed) {
        return (packed >>> 32 & 1) == 1;
    }

    static long parse(CharSequence v) {
        int n = v.length();
        if (n < 6 || n > 40) {
            return NONE;
        }
        // three fields and their digit counts in locals, not arrays: two arrays per date value were about half of
        // what the profiler allocated per row of the radiology CSV, as parse is too large to be inlined
        int f0 = 0;
        int f1 = 0;
        int f2 = 0;
        int d0 = 0;
        int d1 = 0;
        int d2 = 0;
        int i = skipWeekday(v);
        int field = 0;
        int monthField = -1;
        while (i < n && field < 3) {
            char c = v.charAt(i);
            int value;
            int digits;
            if (c >= '0' && c <= '9') {
                int start = i;
                value = 0;
                while (i < n && v.charAt(i) >= '0' && v.charAt(i) <= '9' && i - start < 14) {
                    value = i - start < 9 ? value * 10 + (v.charAt(i) - '0') : value;
                    i++;
                }
                if (i - start >= 8 && field == 0) {
                    return compact(v, start, start + 8, n);
                }
                if (i - start > 4) {
                    return NONE;
                }
                digits = i - start;
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < n && Character.isLetter(v.charAt(i))) {
                    i++;
                }
                value = month(v, start, i);
                if (value == 0 || monthField >= 0) {
                    return NONE;
                }
                monthField = field;
                digits = 2;
            } else {
                return NONE;
            }
            if (field == 0) {
                f0 = value;
                d0 = digits;
            } else if (field == 1) {
                f1 = value;
                d1 = digits;
            } else {
                f2 = value;
                d2 = digits;
            }
            field++;
            if (field < 3) {
                if (i >= n || !isDateSeparator(v.charAt(i))) {
                    return NONE;
                }
                while (i < n && isDateSeparator(v.charAt(i))) {
                    i++;
                }
            }
        }
        if (field < 3) {
            return NONE;
        }
        int time = TimeOfDay.scan(v, i);
        if (time < 0) {
            return NONE;
        }
        return resolve(f0, f1, f2, d0, d1, d2, monthField, time > 0);
    }

    /** The date of three fields (f) of d digits each, the month written as a name in field monthField (-1: none). */
    private static long resolve(int f0, int f1, int f2, int d0, int d1, int d2, int monthField, boolean time) {
        if (d0 == 4) {
            return d1 <= 2 && d2 <= 2 ? pack(f0, f1, f2, time) : NONE;
        }
        if ((d2 != 4 && d2 != 2) || d0 > 2 || d1 > 2) {
            return NONE;
        }
        int year = d2 == 4 ? f2 : (f2 <= 30 ? 2000 + f2 : 1900 + f2);
        if (monthField == 0) {
            return pack(year, f0, f1, time);
        }
        long dm = pack(year, f1, f0, time);
        return dm != SHAPE || monthField == 1 ? dm : pack(year, f0, f1, time);
    }

    private static long compact(CharSequence v, int start, int end, int n) {
        int y = num(v, start, 4);
        int m = num(v, start + 4, 2);
        int d = num(v, start + 6, 2);
        if (y < 1800 || y > 2200 || m > 12) {
            return NONE;
        }
        int time = end == n ? 0 : TimeOfDay.scanCompact(v, end);
        return time < 0 ? NONE : pack(y, m, d, time > 0);
    }

    private static long pack(int year, int month, int day, boolean time) {
        if (year < MIN_YEAR || year > MAX_YEAR || !CalendarDays.exists(year, month, day)) {
            return SHAPE;
        }
        return CalendarDays.epochDay(year, month, day) + OFFSET | (time ? 1L : 0L) << 32 | (long) (year - MIN_YEAR) << 33;
    }

    private static int num(CharSequence v, int from, int len) {
        int x = 0;
        for (int i = from; i < from + len; i++) {
            x = x * 10 + (v.charAt(i) - '0');
        }
        return x;
    }

    private static boolean isDateSeparator(char c) {
        return c == '-' || c == '/' || c == '.' || c == ' ' || c == ',';
    }

    /** Skips "Senin, " / "Monday, " before a date. */
    private static int skipWeekday(CharSequence v) {
        int i = 0;
        while (i < v.length() && Character.isLetter(v.charAt(i))) {
            i++;
        }
        if (i >= 3 && i < v.length() - 1 && v.charAt(i) == ',' && month(v, 0, i) == 0) {
            return v.charAt(i + 1) == ' ' ? i + 2 : i + 1;
        }
        return 0;
    }

    /** Month 1-12 of an Indonesian or English month name or abbreviation, 0 when none. */
    static int month(CharSequence v, int from, int to) {
        int len = to - from;
        if (len < 3 || len > 9) {
            return 0;
        }
        int a = Character.toLowerCase(v.charAt(from));
        int b = Character.toLowerCase(v.charAt(from + 1));
        int c = Character.toLowerCase(v.charAt(from + 2));
        int key = a << 16 | b << 8 | c;
        for (int m = 0; m < MONTH_KEYS.length; m++) {
            for (String k : MONTH_KEYS[m]) {
                if ((k.charAt(0) << 16 | k.charAt(1) << 8 | k.charAt(2)) == key) {
                    return m + 1;
                }
            }
        }
        return 0;
    }

    private static final String[][] MONTH_KEYS = {
        {"jan"}, {"feb", "peb"}, {"mar"}, {"apr"}, {"mei", "may"}, {"jun"}, {"jul"},
        {"agu", "agt", "ags", "aug"}, {"sep"}, {"okt", "oct"}, {"nov", "nop"}, {"des", "dec"}};
}
