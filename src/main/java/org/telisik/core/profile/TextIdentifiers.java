package org.telisik.core.profile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.telisik.core.identity.EmailAddresses;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.NpwpValidator;
import org.telisik.core.identity.PhoneNumbers;
import org.telisik.core.model.SemanticType;

/**
 * Finds identifiers inside free text (report findings, clinical notes, remarks): NIKs, NPWPs, phone numbers
 * and e-mail addresses. A text is cut into tokens at spaces and punctuation other than the separators
 * identifiers use; only tokens with enough digits, or an {@code @}, are checked. Keeps counts and up to
 * {@link #EXAMPLES} raw examples per type.
 */
final class TextIdentifiers {
    static final int EXAMPLES = 3;
    private static final SemanticType[] TYPES = {SemanticType.NIK, SemanticType.NPWP, SemanticType.PHONE, SemanticType.EMAIL};
    private final NikValidator nik;
    private final NpwpValidator npwp;
    /** Identifiers per type: a tier-2 scan, outright until the column settles, then on a sample. */
    final Stratified counts = new Stratified(TYPES.length);
    /** What the text being scanned held, per type. */
    private final long[] found = new long[TYPES.length];
    private final List<List<String>> examples = new ArrayList<>();

    TextIdentifiers(NikValidator nik) {
        this.nik = nik;
        this.npwp = new NpwpValidator(nik);
        for (int i = 0; i < TYPES.length; i++) {
            examples.add(new ArrayList<>(EXAMPLES));
        }
    }

    /**
     * Scans a text of at least two words; shorter values are not free text.
     *
     * @param drawn true for a text of the sample (counted in the sampled stratum), false to count it outright
     * @return what the text held, for {@link #repeat}: 16 bits of count per type, plus one so it is never 0
     */
    long scan(String v, boolean drawn) {
        java.util.Arrays.fill(found, 0);
        int n = v.length();
        int i = 0;
        while (i < n) {
            while (i < n && isBreak(v.charAt(i))) {
                i++;
            }
            int start = i;
            int digits = 0;
            boolean at = false;
            while (i < n && !isBreak(v.charAt(i))) {
                char c = v.charAt(i++);
                digits += c >= '0' && c <= '9' ? 1 : 0;
                at |= c == '@';
            }
            int end = trimEnd(v, start, i);
            if (at) {
                check(v, start, end, 3);
            } else if (digits >= 9) {
                check(v, start, end, -1);
            }
        }
        long packed = 0;
        for (int t = 0; t < TYPES.length; t++) {
            packed |= Math.min(found[t], 0xffff) << (16 * t);
        }
        Counts.add(drawn ? counts.sampled : counts.outright, found);
        return packed + 1;
    }

    /** Counts a text again that {@link #scan} already read once: templated reports repeat the same texts. */
    void repeat(long found) {
        long f = found - 1;
        for (int i = 0; i < TYPES.length && f != 0; i++) { // most texts hold nothing: no counter touched then
            counts.outright[i] += (f >>> (16 * i)) & 0xffff;
        }
    }

    /** Adds what was found in the texts after this one's; examples keep their order (this side's first). */
    void absorb(TextIdentifiers later) {
        counts.absorb(later.counts);
        for (int t = 0; t < TYPES.length; t++) {
            List<String> mine = examples.get(t);
            for (String e : later.examples.get(t)) {
                if (mine.size() < EXAMPLES) {
                    mine.add(e);
                }
            }
        }
    }

    private void check(String v, int start, int end, int only) {
        CharSequence token = v.subSequence(start, end);
        int type = only;
        if (type < 0) {
            if (nik.isValid(token)) {
                type = 0;
            } else if (npwp.check(token) == NpwpValidator.Result.VALID_15) {
                type = 1;
            } else if (PhoneNumbers.isValid(token)) {
                type = 2;
            }
        } else if (EmailAddresses.classify(token) != EmailAddresses.Kind.VALID) {
            type = -1;
        }
        if (type >= 0) {
            found[type]++;
            if (examples.get(type).size() < EXAMPLES) {
                examples.get(type).add(token.toString());
            }
        }
    }

    private static boolean isBreak(char c) {
        return c == ' ' || c == ',' || c == ';' || c == ':' || c == '\n' || c == '\r' || c == '\t' || c == '"'
                || c == '/' || c == '[' || c == ']' || c == '<' || c == '>';
    }

    private static int trimEnd(String v, int start, int end) {
        int e = end;
        while (e > start && (v.charAt(e - 1) == '.' || v.charAt(e - 1) == ')' || v.charAt(e - 1) == '(')) {
            e--;
        }
        return e;
    }

    long total() {
        long t = 0;
        for (int i = 0; i < TYPES.length; i++) {
            t += counts.estimate(i);
        }
        return t;
    }

    /** Counts per semantic type id, only types found. */
    Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>();
        for (int i = 0; i < TYPES.length; i++) {
            if (counts.estimate(i) > 0) {
                m.put(TYPES[i].id(), counts.estimate(i));
            }
        }
        return m;
    }

    Map<SemanticType, List<String>> examples() {
        Map<SemanticType, List<String>> m = new LinkedHashMap<>();
        for (int i = 0; i < TYPES.length; i++) {
            if (counts.estimate(i) > 0) {
                m.put(TYPES[i], List.copyOf(examples.get(i)));
            }
        }
        return m;
    }

    long count(SemanticType type) {
        for (int i = 0; i < TYPES.length; i++) {
            if (TYPES[i] == type) {
                return counts.estimate(i);
            }
        }
        return 0;
    }
}
