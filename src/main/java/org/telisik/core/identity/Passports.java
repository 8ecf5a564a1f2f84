package org.telisik.core.identity;

/**
 * Passport numbers and machine-readable zones. An Indonesian passport number is one letter and 7 digits
 * ({@code A1234567}, {@code X1234567} for e-passports); other countries use up to 9 letters and digits, so a
 * bare value is only a shape and needs header support. An MRZ line 2 (ICAO 9303 TD3, 44 characters) is
 * checked by its check digits over the document number, birth date, expiry date and the composite.
 */
public final class Passports {
    public enum Kind { NONE, SHAPE, VALID }

    private Passports() {
    }

    public static Kind classify(CharSequence v) {
        int n = v.length();
        if (n == 44) {
            return mrzLine2Valid(v) ? Kind.VALID : (v.toString().indexOf('<') >= 0 ? Kind.SHAPE : Kind.NONE);
        }
        if (n < 7 || n > 9) {
            return Kind.NONE;
        }
        char first = v.charAt(0);
        if (first < 'A' || first > 'Z') {
            return Kind.NONE;
        }
        int letters = 1;
        while (letters < n && Character.isUpperCase(v.charAt(letters))) {
            letters++;
        }
        for (int i = letters; i < n; i++) {
            if (v.charAt(i) < '0' || v.charAt(i) > '9') {
                return Kind.NONE;
            }
        }
        if (letters > 2 || n - letters < 6) {
            return Kind.NONE;
        }
        return letters == 1 && n == 8 ? Kind.VALID : Kind.SHAPE;
    }

    /** ICAO 9303 TD3 line 2: number(9)+cd, nationality(3), birth(6)+cd, sex, expiry(6)+cd, optional(14)+cd, composite cd. */
    static boolean mrzLine2Valid(CharSequence v) {
        if (!checkDigit(v, 0, 9) || !checkDigit(v, 13, 19) || !checkDigit(v, 21, 27)) {
            return false;
        }
        int composite = 0;
        int weightIndex = 0;
        int[][] parts = {{0, 10}, {13, 20}, {21, 43}};
        for (int[] part : parts) {
            for (int i = part[0]; i < part[1]; i++) {
                composite += value(v.charAt(i)) * WEIGHTS[weightIndex++ % 3];
            }
        }
        return digitOf(v.charAt(43)) == composite % 10;
    }

    private static final int[] WEIGHTS = {7, 3, 1};

    /** Check digit at {@code end} over characters [start, end). */
    static boolean checkDigit(CharSequence v, int start, int end) {
        int sum = 0;
        for (int i = start; i < end; i++) {
            int value = value(v.charAt(i));
            if (value < 0) {
                return false;
            }
            sum += value * WEIGHTS[(i - start) % 3];
        }
        return digitOf(v.charAt(end)) == sum % 10;
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return c == '<' ? 0 : -1;
    }

    private static int digitOf(char c) {
        return c == '<' ? 0 : (c >= '0' && c <= '9' ? c - '0' : -1);
    }
}
