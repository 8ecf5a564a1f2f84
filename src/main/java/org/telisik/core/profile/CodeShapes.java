package org.telisik.core.profile;

import org.telisik.core.identity.RegionCodes;
import org.telisik.core.profile.ValueRecognizer.Match;

/**
 * Recognisers of short codes that need no reference list beyond the region codes: ICD-10, DICOM UIDs, ages,
 * UUIDs, BPJS card numbers, SATUSEHAT (IHS) ids, record and order numbers, region codes written as digits.
 * Each checks length and characters first and allocates nothing.
 */
final class CodeShapes {
    private static final int[] REGION_CODE_LENGTHS = {2, 4, 6, 10};

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

    /** BPJS Kesehatan card number: 13 digits, leading zeros kept. */
    static Match bpjs(CharSequence v) {
        int d = digitsIgnoringApostrophe(v);
        return d == 13 ? Match.VALID : d >= 11 && d <= 15 ? Match.SHAPE : Match.NONE;
    }

    /** SATUSEHAT patient id: P followed by 11 digits. */
    static Match ihs(CharSequence v) {
        if (v.length() != 12 || (v.charAt(0) != 'P' && v.charAt(0) != 'p')) {
            return Match.NONE;
        }
        return allDigits(v, 1, 12) ? Match.VALID : Match.NONE;
    }

    /** Record / order numbers: 3-20 letters, digits and dashes or slashes with at least 3 digits. */
    static Match recordNumber(CharSequence v, int maxLength) {
        int n = v.length();
        if (n < 3 || n > 20) {
            return Match.NONE;
        }
        int digits = 0;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (isDigit(c)) {
                digits++;
            } else if (!isLetter(c) && c != '-' && c != '/' && c != '.' && c != '\'') {
                return Match.NONE;
            }
        }
        return digits >= 3 ? (n <= maxLength ? Match.VALID : Match.SHAPE) : Match.NONE;
    }

    /**
     * A region code written as digits, plain ({@code 3204}) or dotted ({@code 32.04}); {@code level} 1-4
     * (province, regency, district, village). Village codes are checked on their district part.
     */
    static Match regionCode(CharSequence v, int level) {
        int[] lengths = REGION_CODE_LENGTHS;
        int n = v.length();
        if (n < 2 || n > 13 || !isDigit(v.charAt(0))) {
            return Match.NONE;
        }
        long code = 0;
        int digits = 0;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (isDigit(c)) {
                code = code * 10 + c - '0';
                digits++;
            } else if (c != '.' || level == 1) {
                return Match.NONE;
            }
        }
        if (digits != lengths[level - 1]) {
            return Match.NONE;
        }
        RegionCodes regions = RegionCodes.get();
        int mask = switch (level) {
            case 1 -> regions.provinceMask((int) code);
            case 2 -> regions.regencyMask((int) code);
            case 3 -> regions.districtMask((int) code);
            default -> regions.districtMask((int) (code / 10_000));
        };
        return mask != 0 ? Match.VALID : Match.SHAPE;
    }

    static int digitsIgnoringApostrophe(CharSequence v) {
        int n = v.length();
        int start = n > 0 && v.charAt(0) == '\'' ? 1 : 0;
        if (n - start < 8 || n - start > 20) {
            return -1;
        }
        for (int i = start; i < n; i++) {
            if (!isDigit(v.charAt(i))) {
                return -1;
            }
        }
        return n - start;
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
