package org.telisik.core.identity;

/**
 * E-mail addresses in the common subset of RFC 5322 addr-spec: a dot-atom local part, one {@code @}, a domain
 * of at least two labels (letters, digits, inner hyphens) ending in an alphabetic top-level label.
 */
public final class EmailAddresses {
    public enum Kind { NONE, SHAPE, VALID }

    private static final String LOCAL_SPECIALS = "!#$%&'*+/=?^_`{|}~-.";

    private EmailAddresses() {
    }

    public static Kind classify(CharSequence v) {
        int n = v.length();
        if (n < 5 || n > 254) {
            return Kind.NONE;
        }
        int at = -1;
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            if (c == '@') {
                if (at >= 0) {
                    return Kind.SHAPE;
                }
                at = i;
            } else if (c == ' ') {
                return Kind.NONE;
            }
        }
        if (at < 0) {
            return Kind.NONE;
        }
        return at > 0 && at <= 64 && localOk(v, at) && domainOk(v, at + 1) ? Kind.VALID : Kind.SHAPE;
    }

    private static boolean localOk(CharSequence v, int end) {
        if (v.charAt(0) == '.' || v.charAt(end - 1) == '.') {
            return false;
        }
        for (int i = 0; i < end; i++) {
            char c = v.charAt(i);
            boolean ok = c < 128 && (Character.isLetterOrDigit(c) || LOCAL_SPECIALS.indexOf(c) >= 0);
            if (!ok || (c == '.' && v.charAt(i + 1) == '.')) {
                return false;
            }
        }
        return true;
    }

    private static boolean domainOk(CharSequence v, int start) {
        int n = v.length();
        int labelStart = start;
        int labels = 0;
        boolean tldAlpha = true;
        int tldLength = 0;
        for (int i = start; i <= n; i++) {
            char c = i < n ? v.charAt(i) : '.';
            if (c == '.') {
                int len = i - labelStart;
                if (len == 0 || len > 63 || v.charAt(labelStart) == '-' || v.charAt(i - 1) == '-') {
                    return false;
                }
                labels++;
                tldLength = len;
                tldAlpha = true;
                for (int k = labelStart; k < i; k++) {
                    tldAlpha &= Character.isLetter(v.charAt(k));
                }
                labelStart = i + 1;
            } else if (c >= 128 || !(Character.isLetterOrDigit(c) || c == '-')) {
                return false;
            }
        }
        return labels >= 2 && tldAlpha && tldLength >= 2;
    }
}
