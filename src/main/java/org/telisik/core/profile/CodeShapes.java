package org.telisik.core.profile;

import org.telisik.core.profile.ValueRecognizer.Match;

/**
 * Recognisers of short codes that need no reference list: ICD-10, DICOM UIDs, ages, UUIDs. Each checks
 * length and characters first and allocates nothing. Identifier numbers are in {@link IdentifierShapes}.
 */
final class CodeShapes {
    private CodeShapes() {
    }

    /** ICD-10: letter, two digits, optional dot and one or two more ({@code J18.9}, {@code U07.1}, {@code A09}). */
    static Match icd10(CharSequence v) {
        int n = v.length();
        if (n < 3 || n > 8 || !isLetter(v.charAt(0)) || !isDigit(v.charAt(1))) {
            return Match.NONE;
        }
        if (!isDigit(v.charAt(2))) {
            return n <= 6 && Character.isLetterOrDigit(v.charAt(2)) && allAlnumOrDot(v, 3) ? Match.SHAPE : Match.NONE;
        }
        if (n == 3) {
            return Match.VALID;
        }
        int i = v.charAt(3) == '.' ? 4 : 3;
        int extra = n - i;
        if (extra < 1 || extra > 2 || !allDigits(v, i, n)) {
            return allAlnumOrDot(v, 3) && n <= 7 ? Match.SHAPE : Match.NONE;
        }
        return Match.VALID;
    }

    /** DICOM UID: dotted numeric OID up to 64 characters, components without leading zeros, root 0/1/2. */
    static Match dicomUid(CharSequence v) {
        int n = v.length();
        if (n < 7 || n > 128 || !isDigit(v.charAt(0))) {
            return Match.NONE;
        }
        int components = 0;
        boolean leadingZero = false;
        int start = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? v.charAt(i) : '.';
            if (c == '.') {
                if (i == start) {
                    return Match.NONE;
                }
                leadingZero |= v.charAt(start) == '0' && i - start > 1;
                components++;
                start = i + 1;
            } else if (!isDigit(c)) {
                return Match.NONE;
            }
        }
        if (components < 4) {
            return Match.NONE;
        }
        return n <= 64 && !leadingZero && v.charAt(0) <= '2' && v.charAt(1) == '.' ? Match.VALID : Match.SHAPE;
    }

    /** Age: 0-120 as a plain integer, DICOM {@code 045Y}/{@code 003M}/{@code 010D}/{@code 02W}, or "45 th", "45 tahun". */
    static Match age(CharSequence v) {
        int n = v.length();
        if (n > 16) {
            return Match.NONE;
        }
        int i = 0;
        int value = 0;
        while (i < n && isDigit(v.charAt(i)) && i < 4) {
            value = value * 10 + v.charAt(i++) - '0';
        }
        if (i == 0 || (i < n && isDigit(v.charAt(i)))) {
            return Match.NONE;
        }
        if (i == n) {
            return n <= 3 && value <= 120 && !(n > 1 && v.charAt(0) == '0') ? Match.VALID : Match.NONE;
        }
        if (n == 4 && i == 3 && "YMWD".indexOf(v.charAt(3)) >= 0) {
            return value <= 120 || v.charAt(3) != 'Y' ? Match.VALID : Match.SHAPE;
        }
        int unit = Words.nextStart(v, i);
        if (unit >= n || !Character.isLetter(v.charAt(unit))) {
            return Match.NONE;
        }
        char u = Character.toLowerCase(v.charAt(unit));
        boolean known = u == 't' || u == 'b' || u == 'h' || u == 'y' || u == 'm';
        return known && value <= 120 ? Match.VALID : Match.NONE;
    }

    /** UUID in the 8-4-4-4-12 hex form. */
    static Match uuid(CharSequence v) {
        if (v.length() != 36) {
            return Match.NONE;
        }
        for (int i = 0; i < 36; i++) {
            char c = v.charAt(i);
            boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
            if (dash ? c != '-' : Character.digit(c, 16) < 0) {
                return Match.NONE;
            }
        }
        return Match.VALID;
    }

    static boolean allDigits(CharSequence v, int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isDigit(v.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean allAlnumOrDot(CharSequence v, int from) {
        for (int i = from; i < v.length(); i++) {
            char c = v.charAt(i);
            if (!Character.isLetterOrDigit(c) && c != '.') {
                return false;
            }
        }
        return true;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    static boolean isLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }
}
