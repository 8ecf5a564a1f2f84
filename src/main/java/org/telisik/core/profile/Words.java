package org.telisik.core.profile;

/**
 * Word scanning over a value without allocating: a word is a run of letters, digits and inner dots or
 * apostrophes ({@code S.Kom}, {@code Ma'ruf}); everything else separates words.
 */
final class Words {
    private Words() {
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '\'';
    }

    /** Start of the next word at or after {@code from}, or {@code v.length()}. */
    static int nextStart(CharSequence v, int from) {
        int i = from;
        while (i < v.length() && !isWordChar(v.charAt(i))) {
            i++;
        }
        return i;
    }

    /** End (exclusive) of the word starting at {@code start}; inner dots belong to the word. */
    static int end(CharSequence v, int start) {
        int i = start;
        while (i < v.length()) {
            char c = v.charAt(i);
            if (isWordChar(c) || (c == '.' && i + 1 < v.length() && Character.isLetter(v.charAt(i + 1)) && i > start)) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    /** Index after the leading words found in {@code prefixes} (e.g. "Kab.", "Kota Adm."). */
    static int skipPrefixes(CharSequence v, Lexicon prefixes) {
        int i = nextStart(v, 0);
        while (i < v.length()) {
            int e = end(v, i);
            if (!prefixes.contains(v, i, e)) {
                return i;
            }
            i = nextStart(v, e);
        }
        return i;
    }

    /** How many words (or adjacent word pairs, counted once) of the value are in the lexicon. */
    static int countKnown(CharSequence v, Lexicon lexicon) {
        int known = 0;
        int prevStart = -1;
        int i = nextStart(v, 0);
        while (i < v.length()) {
            int e = end(v, i);
            if (lexicon.contains(v, i, e) || (prevStart >= 0 && lexicon.contains(v, prevStart, e))) {
                known++;
            }
            prevStart = i;
            i = nextStart(v, e);
        }
        return known;
    }

    /** Number of words in the value. */
    static int count(CharSequence v) {
        int n = 0;
        int i = nextStart(v, 0);
        while (i < v.length()) {
            n++;
            i = nextStart(v, end(v, i));
        }
        return n;
    }

    /** True when the first word of the value is in the lexicon. */
    static boolean firstKnown(CharSequence v, Lexicon lexicon) {
        int i = nextStart(v, 0);
        return i < v.length() && lexicon.contains(v, i, end(v, i));
    }
}
