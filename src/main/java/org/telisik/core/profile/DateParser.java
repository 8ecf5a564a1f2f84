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
 * (written like one, but no such day) or a packed result read with {@link #epochDay} and {@link #hasTime}.
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

    static boolean hasTime(long packed) {
        return (packed >>> 32 & 1) == 1;
    }

    static long parse(CharSequence v) {
        int n = v.length();
        if (n < 6 || n > 40) {
            return NONE;
        }
        int[] f = {0, 0, 0};
        int[] digits = {0, 0, 0};
        int i = skipWeekday(v);
        int field = 0;
        int monthField = -1;
        while (i < n && field < 3) {
            char c = v.charAt(i);
            if (c >= '0' && c <= '9') {
                int start = i;
                int value = 0;
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
                digits[field] = i - start;
                f[field++] = value;
            } else if (Character.isLetter(c)) {
                int start = i;
                while (i < n && Character.isLetter(v.charAt(i))) {
                    i++;
                }
                int month = month(v, start, i);
                if (month == 0 || monthField >= 0) {
                    return NONE;
                }
                monthField = field;
                digits[field] = 2;
                f[field++] = month;
            } else {
                return NONE;
            }
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
        return resolve(f, digits, monthField, time > 0);
    }

    private static long resolve(int[] f, int[] digits, int monthField, boolean time) {
        if (digits[0] == 4) {
            return digits[1] <= 2 && digits[2] <= 2 ? pack(f[0], f[1], f[2], time) : NONE;
        }
        if ((digits[2] != 4 && digits[2] != 2) || digits[0] > 2 || digits[1] > 2) {
            return NONE;
        }
        int year = digits[2] == 4 ? f[2] : (f[2] <= 30 ? 2000 + f[2] : 1900 + f[2]);
        if (monthField == 0) {
            return pack(year, f[0], f[1], time);
        }
        long dm = pack(year, f[1], f[0], time);
        return dm != SHAPE || monthField == 1 ? dm : pack(year, f[0], f[1], time);
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
        return CalendarDays.epochDay(year, month, day) + OFFSET | (time ? 1L : 0L) << 32;
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
