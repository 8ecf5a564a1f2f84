package org.telisik.core.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.telisik.core.model.SemanticType;

/**
 * Finds identifiers inside any text: a free-text note, a file or member name, a header, a number written with
 * decimals. NIK and KK (16 digits, plain or split by spaces, dots or dashes), NPWP (15 digits), BPJS card numbers
 * (13 digits), Indonesian phone numbers (+62, 62, 0.., with spaces, dashes, dots, brackets), e-mail addresses and
 * passport numbers (one letter and 7 digits, or a checked MRZ line).
 *
 * <p>Digits are read as runs of groups joined by at most two separator characters; a window of whole groups is an
 * identifier when its digit count fits one (the longest window first, so a NIK is not cut into a phone). Shapes are
 * enough to report a hit, because a hit is what masking hides: a 16-digit number with a typo is still somebody's
 * NIK. {@link Hit#valid} says whether the value also passes its validator, for counting (mixed columns).
 * A phone must start with 0, 62 or +62 here: a bare 8.. number in text is more often an amount than a phone.
 */
public final class IdentifierFinder {
    private static final int MAX_GROUPS = 24;
    private final NikValidator nik;
    private final NpwpValidator npwp;

    /** One identifier found at [start, end) of the text. */
    public record Hit(int start, int end, SemanticType type, boolean valid) {
    }

    /** @param nik the validator behind {@link Hit#valid} for NIK and NPWP; null to report shapes only */
    public IdentifierFinder(NikValidator nik) {
        this.nik = nik;
        this.npwp = nik == null ? null : new NpwpValidator(nik);
    }

    /** The identifiers in {@code text}, left to right, not overlapping; empty (and cheap) for most values. */
    public List<Hit> find(CharSequence text) {
        int digits = 0;
        boolean at = false;
        boolean upper = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            digits += c >= '0' && c <= '9' ? 1 : 0;
            at |= c == '@';
            upper |= c >= 'A' && c <= 'Z';
        }
        // the shortest identifiers: a landline (0 and 8 digits), a passport (a capital and 7 digits), an e-mail
        boolean passport = upper && digits >= 7;
        if (digits < 9 && !at && !passport) {
            return List.of();
        }
        List<Hit> hits = new ArrayList<>(2);
        if (at) {
            emails(text, hits);
        }
        if (digits >= 9) {
            digitRuns(text, hits);
        }
        if (passport) {
            passports(text, hits);
        }
        hits.sort(Comparator.comparingInt(Hit::start));
        return hits;
    }

    private static void emails(CharSequence s, List<Hit> hits) {
        for (int p = 0; p < s.length(); p++) {
            if (s.charAt(p) != '@' || covered(hits, p)) {
                continue;
            }
            int l = p;
            while (l > 0 && isLocal(s.charAt(l - 1))) {
                l--;
            }
            while (l < p && s.charAt(l) == '.') {
                l++;
            }
            int r = p + 1;
            while (r < s.length() && isDomain(s.charAt(r))) {
                r++;
            }
            while (r > p + 1 && (s.charAt(r - 1) == '.' || s.charAt(r - 1) == '-')) {
                r--;
            }
            if (l < p && EmailAddresses.classify(s.subSequence(l, r)) == EmailAddresses.Kind.VALID) {
                hits.add(new Hit(l, r, SemanticType.EMAIL, true));
            }
        }
    }

    private void digitRuns(CharSequence s, List<Hit> hits) {
        int[] starts = new int[MAX_GROUPS];
        int[] ends = new int[MAX_GROUPS];
        int i = 0;
        int n = s.length();
        while (i < n) {
            if (!isDigit(s.charAt(i)) || covered(hits, i)) {
                i++;
                continue;
            }
            int groups = 0;
            int j = i;
            while (true) {
                starts[groups] = j;
                while (j < n && isDigit(s.charAt(j))) {
                    j++;
                }
                ends[groups++] = j;
                int sep = j;
                while (sep < n && sep - j < 2 && isSeparator(s.charAt(sep))) {
                    sep++;
                }
                if (sep == j || sep >= n || !isDigit(s.charAt(sep)) || groups == MAX_GROUPS || covered(hits, sep)) {
                    break;
                }
                j = sep;
            }
            windows(s, starts, ends, groups, hits);
            i = ends[groups - 1];
        }
    }

    /** From each group, the longest window of whole groups that is an identifier; a hit resumes after it. */
    private void windows(CharSequence s, int[] starts, int[] ends, int groups, List<Hit> hits) {
        int first = 0;
        while (first < groups) {
            int last = first;
            int digits = 0;
            while (last < groups && digits + ends[last] - starts[last] <= 16) {
                digits += ends[last] - starts[last];
                last++;
            }
            Hit hit = null;
            for (int e = last - 1; e >= first && hit == null; e--) {
                hit = classify(s, starts, ends, first, e, digits);
                digits -= ends[e] - starts[e];
            }
            if (hit == null) {
                first++;
                continue;
            }
            hits.add(hit);
            int end = hit.end();
            while (first < groups && starts[first] < end) {
                first++;
            }
        }
    }

    private Hit classify(CharSequence s, int[] starts, int[] ends, int first, int last, int digits) {
        int a = starts[first];
        int b = ends[last];
        int from = a > 0 && (s.charAt(a - 1) == '+' || s.charAt(a - 1) == '(') ? a - 1 : a;
        CharSequence window = s.subSequence(from, b);
        if (digits >= 9 && digits <= 14 && phoneLead(s, a) && !dateLike(starts, ends, first, last)
                && PhoneNumbers.isValid(window)) {
            return new Hit(from, b, SemanticType.PHONE, true);
        }
        CharSequence plain = s.subSequence(a, b);
        return switch (digits) {
            case 16 -> new Hit(a, b, SemanticType.NIK, nik != null && nik.isValid(plain));
            case 15 -> new Hit(a, b, SemanticType.NPWP, npwp != null && npwp.check(plain) == NpwpValidator.Result.VALID_15);
            case 13 -> first == last ? new Hit(a, b, SemanticType.BPJS_NUMBER, false) : null;
            default -> null;
        };
    }

    /** 0 and a non-zero digit (trunk prefix), or 62 (country code). */
    private static boolean phoneLead(CharSequence s, int a) {
        char c0 = s.charAt(a);
        char c1 = a + 1 < s.length() ? s.charAt(a + 1) : ' ';
        return (c0 == '0' && c1 >= '1' && c1 <= '9') || (c0 == '6' && c1 == '2');
    }

    /** 30-12-2021 10 or 2021-12-30 10: a date and an hour, not a landline. */
    private static boolean dateLike(int[] starts, int[] ends, int first, int last) {
        if (last - first < 2) {
            return false;
        }
        int g0 = ends[first] - starts[first];
        int g1 = ends[first + 1] - starts[first + 1];
        int g2 = ends[first + 2] - starts[first + 2];
        return (g0 <= 2 && g1 <= 2 && g2 == 4) || (g0 == 4 && g1 <= 2 && g2 <= 2);
    }

    /** A letter and 7 digits standing alone (A1234567), or a 44-character MRZ line whose check digits hold. */
    private static void passports(CharSequence s, List<Hit> hits) {
        int n = s.length();
        for (int i = 0; i + 8 <= n; i++) {
            char c = s.charAt(i);
            if (c < 'A' || c > 'Z' || (i > 0 && isWordChar(s.charAt(i - 1))) || covered(hits, i)) {
                continue;
            }
            int mrz = i;
            while (mrz < n && mrz - i < 45 && isMrz(s.charAt(mrz))) {
                mrz++;
            }
            if (mrz - i == 44 && (mrz == n || !isWordChar(s.charAt(mrz)))
                    && Passports.classify(s.subSequence(i, mrz)) == Passports.Kind.VALID) {
                hits.add(new Hit(i, mrz, SemanticType.PASSPORT, true));
                i = mrz;
                continue;
            }
            int j = i + 1;
            while (j < n && j - i <= 8 && isDigit(s.charAt(j))) {
                j++;
            }
            if (j - i == 8 && (j == n || !isWordChar(s.charAt(j)))) {
                hits.add(new Hit(i, j, SemanticType.PASSPORT, true));
                i = j;
            }
        }
    }

    private static boolean covered(List<Hit> hits, int at) {
        for (Hit h : hits) {
            if (at >= h.start() && at < h.end()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isSeparator(char c) {
        return c == ' ' || c == '.' || c == '-' || c == '(' || c == ')' || c == '\u00A0';
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    private static boolean isMrz(char c) {
        return (c >= 'A' && c <= 'Z') || isDigit(c) || c == '<';
    }

    private static boolean isLocal(char c) {
        return (c < 128 && Character.isLetterOrDigit(c)) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
    }

    private static boolean isDomain(char c) {
        return (c < 128 && Character.isLetterOrDigit(c)) || c == '.' || c == '-';
    }
}
