package org.telisik.core.profile;

/**
 * Values that stand for "no value": punctuation only ({@code -}, {@code ?}), one character repeated four or
 * more times ({@code 0000000000000000}, {@code xxxx}), or words like NULL, N/A, tidak ada, kosong. They count
 * as present but are left out of validation so that a column's validity is about its real values.
 */
final class Placeholders {
    private static final Lexicon WORDS = new Lexicon(32);

    static {
        for (String w : new String[] {"null", "none", "n a", "na", "nil", "nan", "tidak ada", "tidak diketahui", "tdk ada",
            "belum ada", "unknown", "kosong", "blank", "undefined", "tbd", "tba", "missing"}) {
            WORDS.add(w, 0);
        }
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
            return n >= 2 && n <= 16 && "nNtTbBuUkKmM".indexOf(first) >= 0 && WORDS.contains(v);
        }
        for (int i = 1; i < n; i++) {
            if (Lexicon.isWordChar(v.charAt(i))) {
                return n <= 16 && WORDS.contains(v); // "#N/A", "(kosong)"
            }
        }
        return true;
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
