package org.telisik.core.identity;

import org.telisik.core.model.SemanticType;

/**
 * Masks personal data for display, as the analysis JSON contract prescribes: an identifier keeps its first
 * 4 and last 4 characters, a name keeps initials, an e-mail keeps its domain, a phone keeps its first 4 and
 * last 2 digits, a birth date keeps its year. Other personal values keep the first character of each word,
 * so that shapes stay visible.
 * Values of non-personal types pass unchanged.
 */
public final class Masker {
    private Masker() {
    }

    public static String mask(SemanticType type, String value) {
        if (value == null || value.isEmpty() || !type.isPersonal()) {
            return value;
        }
        return switch (type) {
            case NIK, KK, NPWP, BPJS_NUMBER, MRN, IHS_NUMBER, PASSPORT, ACCESSION_NUMBER, DICOM_UID -> identifier(value);
            case EMAIL -> email(value);
            case PHONE -> phone(value);
            case BIRTH_DATE -> keepYear(value);
            default -> initials(value);
        };
    }

    /** {@code 3204110609970001} becomes {@code 3204********0001}; short values keep one character at each end. */
    public static String identifier(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'') {
            return "'" + identifier(value.substring(1)); // Excel's text marker is not part of the identifier
        }
        int n = value.length();
        int keep = n > 8 ? 4 : n > 2 ? 1 : 0;
        StringBuilder sb = new StringBuilder(n);
        for (int i = 0; i < n; i++) {
            sb.append(i < keep || i >= n - keep ? value.charAt(i) : '*');
        }
        return sb.toString();
    }

    /** {@code Siti Wulandari} becomes {@code S*** W*********}: letters and digits after a word's first are starred. */
    public static String initials(String value) {
        StringBuilder sb = new StringBuilder(value.length());
        boolean wordStart = true;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(wordStart ? c : '*');
                wordStart = false;
            } else {
                sb.append(c);
                wordStart = true;
            }
        }
        return sb.toString();
    }

    /**
     * {@code 17-08-1990} becomes {@code **-**-1990}: a birth date keeps only its year (the first run of four
     * digits), enough to see an age distribution; without such a run every digit is starred.
     */
    public static String keepYear(String value) {
        int year = -1;
        for (int i = 0; i + 4 <= value.length(); i++) {
            if (digitRun(value, i) == 4 && (i == 0 || !Character.isDigit(value.charAt(i - 1)))) {
                year = i;
                break;
            }
        }
        StringBuilder sb = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean keep = year >= 0 && i >= year && i < year + 4;
            sb.append(Character.isLetterOrDigit(c) && !keep ? '*' : c);
        }
        return sb.toString();
    }

    private static int digitRun(String value, int from) {
        int i = from;
        while (i < value.length() && Character.isDigit(value.charAt(i))) {
            i++;
        }
        return i - from;
    }

    /** {@code siti.w@example.com} becomes {@code s*****@example.com}. */
    public static String email(String value) {
        int at = value.lastIndexOf('@');
        if (at <= 0) {
            return identifier(value);
        }
        return value.charAt(0) + "*".repeat(at - 1) + value.substring(at);
    }

    /**
     * Keeps the first 4 and last 2 digits; separators stay where they are. A star counts as a digit already
     * masked, so masking a masked phone changes nothing.
     */
    public static String phone(String value) {
        return keepDigits(value, 4, 2);
    }

    /**
     * Stars every digit but the first {@code head} and last {@code tail}, keeping separators where they are:
     * {@code 3204 1101 0190 0001} becomes {@code 3204 **** **** 0001}. Values of fewer than 7 digits (stars
     * counting as digits) are masked as {@link #identifier}s instead.
     */
    public static String keepDigits(String value, int head, int tail) {
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            if (isDigitOrStar(value.charAt(i))) {
                digits++;
            }
        }
        if (digits < 7) {
            return identifier(value);
        }
        StringBuilder sb = new StringBuilder(value.length());
        int seen = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (isDigitOrStar(c)) {
                sb.append(seen < head || seen >= digits - tail ? c : '*');
                seen++;
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    private static boolean isDigitOrStar(char c) {
        return c == '*' || Character.isDigit(c);
    }
}
