package org.telisik.core.profile;

/**
 * Values that stand for "no value": punctuation only ({@code -}, {@code ?}), one character repeated four or
 * more times ({@code 0000000000000000}, {@code xxxx}), or words like NULL, N/A, tidak ada, kosong. They count
 * as present but are left out of validation so that a column's validity is about its real values.
 */
final class Placeholders {
    private static final Lexicon WORDS = new Lexicon(32);
    /**
     * Bit {@code c - 'A'} set for each letter a placeholder word starts with, either case: a value of a column with
     * many distinct values is new on nearly every row, and a bit test costs less than a scan of those letters.
     */
    private static final long FIRST_LETTERS;

    static {
        long first = 0;
        for (String w : new String[] {"null", "none", "n a", "na", "nil", "nan", "tidak ada", "tidak diketahui", "tdk ada",
            "belum ada", "unknown", "kosong", "blank", "undefined", "tbd", "tba", "missing"}) {
            WORDS.add(w, 0);
            first |= 1L << (w.charAt(0) - 'A') | 1L << (Character.toUpperCase(w.charAt(0)) - 'A');
        }
        FIRST_LETTERS = first;
    }

    private Placeholders() {
    }

    static boolean is(String v) {
        int n = v.length();
        char first = v.charAt(0);
        if (Lexicon.isWordChar(first)) {
            if (n >= 4 && v.charAt(1) == first && allSame(v, first)) {
                return true;
            }
            return n >= 2 && n <= 16 && startsAWord(first) && WORDS.contains(v);
        }
        for (int i = 1; i < n; i++) {
            if (Lexicon.isWordChar(v.charAt(i))) {
                return n <= 16 && WORDS.contains(v); // "#N/A", "(kosong)"
            }
        }
        return true;
    }

    /** Whether a placeholder word starts with this letter (either case). */
    static boolean startsAWord(char c) {
        int bit = c - 'A';
        return bit >= 0 && bit < 64 && (FIRST_LETTERS >>> bit & 1) != 0;
    }

    private static boolean allSame(String v, char c) {
        for (int i = 1; i < v.length(); i++) {
            if (v.charAt(i) != c) {
                return false;
            }
        }
        return true;
    }
}
