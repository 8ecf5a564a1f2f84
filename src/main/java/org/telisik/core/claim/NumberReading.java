package org.telisik.core.claim;

/**
 * Reads a number as sellers write it in Indonesian or English: {@code 1,5} and {@code 3.26} are decimals,
 * {@code 105.003.428} and {@code 105,003,428} are thousands groupings, {@code 1.234,5} and {@code 1,234.5}
 * mix both. A single separator followed by exactly three digits ({@code 1.500 GB}) means 1.5 in English and
 * 1500 in Indonesian: before a unit it is reported as ambiguous (null) rather than guessed; as a plain count
 * it can only be a grouping, since records are whole.
 */
final class NumberReading {
    private NumberReading() {
    }

    /** @return the value, or null when the writing is ambiguous or malformed */
    static Double read(String written, boolean beforeUnit) {
        int dots = count(written, '.');
        int commas = count(written, ',');
        if (dots == 0 && commas == 0) {
            return Double.valueOf(written);
        }
        if (dots > 0 && commas > 0) {
            char decimal = written.lastIndexOf('.') > written.lastIndexOf(',') ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            if (count(written, decimal) > 1) {
                return null;
            }
            int cut = written.lastIndexOf(decimal);
            return grouped(written.substring(0, cut), grouping, written.substring(cut + 1));
        }
        char sep = dots > 0 ? '.' : ',';
        if (count(written, sep) > 1) {
            return grouped(written, sep, "");
        }
        int cut = written.indexOf(sep);
        String whole = written.substring(0, cut);
        String fraction = written.substring(cut + 1);
        if (fraction.length() != 3 || whole.equals("0")) {
            return Double.valueOf(whole + "." + fraction);
        }
        return beforeUnit ? null : grouped(written, sep, "");
    }

    private static Double grouped(String integerPart, char grouping, String fraction) {
        String[] groups = integerPart.split(java.util.regex.Pattern.quote(String.valueOf(grouping)), -1);
        if (groups[0].isEmpty() || groups[0].length() > 3) {
            return null;
        }
        for (int i = 1; i < groups.length; i++) {
            if (groups[i].length() != 3) {
                return null;
            }
        }
        String digits = String.join("", groups);
        return Double.valueOf(fraction.isEmpty() ? digits : digits + "." + fraction);
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }
}
