package org.telisik.core.profile;

/** The optional time part after a date: {@code 14:30}, {@code T14:30:00.123Z}, {@code 14.30 WIB}, {@code +07:00}. */
final class TimeOfDay {
    private TimeOfDay() {
    }

    /** 0 when nothing follows the date, 1 when a valid time follows, -1 when something else follows. */
    static int scan(CharSequence v, int from) {
        int n = v.length();
        if (from >= n) {
            return 0;
        }
        int i = from;
        char c = v.charAt(i);
        if (c != ' ' && c != 'T' && c != 't') {
            return -1;
        }
        while (i < n && (v.charAt(i) == ' ' || v.charAt(i) == 'T' || v.charAt(i) == 't')) {
            i++;
        }
        if (i >= n) {
            return 0;
        }
        int h = two(v, i);
        if (h < 0 || h > 24 || i + 4 >= n || (v.charAt(i + 2) != ':' && v.charAt(i + 2) != '.')) {
            return -1;
        }
        int m = two(v, i + 3);
        if (m < 0 || m > 59) {
            return -1;
        }
        i += 5;
        if (i + 2 < n && v.charAt(i) == ':') {
            int s = two(v, i + 1);
            if (s < 0 || s > 60) {
                return -1;
            }
            i += 3;
        }
        return zone(v, i) ? 1 : -1;
    }

    /** DICOM DT after yyyymmdd: hhmm[ss[.ffffff]][&zzxx]. */
    static int scanCompact(CharSequence v, int from) {
        int n = v.length();
        int i = from;
        int h = two(v, i);
        int m = two(v, i + 2);
        if (h < 0 || h > 23 || m < 0 || m > 59) {
            return -1;
        }
        i += 4;
        while (i < n && Character.isDigit(v.charAt(i)) && i < from + 6) {
            i++;
        }
        return zone(v, i) ? 1 : -1;
    }

    private static boolean zone(CharSequence v, int from) {
        int n = v.length();
        int i = from;
        if (i < n && v.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(v.charAt(i))) {
                i++;
            }
        }
        while (i < n && v.charAt(i) == ' ') {
            i++;
        }
        if (i >= n) {
            return true;
        }
        char c = v.charAt(i);
        if (c == 'Z' || c == 'z') {
            return i + 1 == n;
        }
        if (c == '+' || c == '-') {
            for (int k = i + 1; k < n; k++) {
                if (!Character.isDigit(v.charAt(k)) && v.charAt(k) != ':') {
                    return false;
                }
            }
            return n - i >= 3;
        }
        String[] zones = {"WIB", "WITA", "WIT", "UTC", "GMT"};
        for (String z : zones) {
            if (n - i == z.length() && v.subSequence(i, n).toString().equalsIgnoreCase(z)) {
                return true;
            }
        }
        return false;
    }

    private static int two(CharSequence v, int i) {
        if (i + 1 >= v.length() || !Character.isDigit(v.charAt(i)) || !Character.isDigit(v.charAt(i + 1))) {
            return -1;
        }
        return (v.charAt(i) - '0') * 10 + v.charAt(i + 1) - '0';
    }
}
