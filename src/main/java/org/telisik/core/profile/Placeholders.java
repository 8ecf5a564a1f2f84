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
        boolean alnum = false;
        boolean same = n >= 4;
        char first = v.charAt(0);
        for (int i = 0; i < n; i++) {
            char c = v.charAt(i);
            alnum |= Character.isLetterOrDigit(c);
            same &= c == first;
        }
        return !alnum || same || (n <= 16 && WORDS.contains(v));
    }
}
