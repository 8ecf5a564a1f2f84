package org.telisik.core.identity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds known person names inside text, as whole words in any case, their words joined by any run of spaces,
 * dots, dashes or underscores. It finds what one regular expression of all names as alternatives found (longest
 * name first at each place), but looks the candidates up by their first word: the expression tried every name at
 * every character, so masking a case of 2,000 files with a few thousand names took 70% of its analysis time.
 */
final class NameDictionary {
    /** A name's words as the analyst's data wrote them; {@code length} orders candidates like the expression did. */
    private record Name(String[] words, int length) {
    }

    private final Map<String, List<Name>> byFirstLetters = new HashMap<>();

    /** @param names each name's words (letters and apostrophes only), as {@link TextMasking} split them */
    NameDictionary(List<String[]> names) {
        for (String[] words : names) {
            int length = words.length;
            for (String w : words) {
                length += w.length();
            }
            byFirstLetters.computeIfAbsent(fold(words[0], 0, letters(words[0], 0)), k -> new ArrayList<>())
                    .add(new Name(words, length));
        }
        // the longest first, so that "Siti Wulandari" wins over "Siti"
        byFirstLetters.values().forEach(l -> l.sort(Comparator.comparingInt(Name::length).reversed()));
    }

    /** Calls {@code found} with the start and end of each name in {@code text}, left to right, never overlapping. */
    void find(String text, Found found) {
        int i = 0;
        while (i < text.length()) {
            if (i > 0 && wordChar(text.codePointBefore(i))) {
                i++;
                continue;
            }
            int end = match(text, i);
            if (end > i) {
                found.at(i, end);
                i = end;
            } else {
                i++;
            }
        }
    }

    /** Receives one name found. */
    @FunctionalInterface
    interface Found {
        void at(int start, int end);
    }

    /** The end of the longest name starting at {@code at}, or {@code at} when none does. */
    private int match(String text, int at) {
        List<Name> candidates = byFirstLetters.get(fold(text, at, letters(text, at)));
        if (candidates == null) {
            return at;
        }
        for (Name n : candidates) {
            int end = matchWords(text, at, n.words());
            if (end > at) {
                return end;
            }
        }
        return at;
    }

    private static int matchWords(String text, int at, String[] words) {
        int p = at;
        for (int w = 0; w < words.length; w++) {
            if (w > 0) {
                int s = p;
                while (p < text.length() && separator(text.charAt(p))) {
                    p++;
                }
                if (p == s) {
                    return at;
                }
            }
            if (!text.regionMatches(true, p, words[w], 0, words[w].length())) {
                return at;
            }
            p += words[w].length();
        }
        return p < text.length() && wordChar(text.codePointAt(p)) ? at : p;
    }

    /** The end of the run of letters from {@code at} (the key: a name's first word up to any apostrophe). */
    private static int letters(String s, int at) {
        int p = at;
        while (p < s.length() && Character.isLetter(s.codePointAt(p))) {
            p += Character.charCount(s.codePointAt(p));
        }
        return p;
    }

    /** Folded the way a case-insensitive comparison compares characters, so that key and text agree. */
    private static String fold(String s, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        for (int i = from; i < to; i++) {
            sb.append(Character.toLowerCase(Character.toUpperCase(s.charAt(i))));
        }
        return sb.toString();
    }

    private static boolean separator(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r' || c == '.' || c == '_'
                || c == '-';
    }

    /** A letter or a number of any script: a name is a whole word only when none touches it. */
    static boolean wordChar(int cp) {
        int type = Character.getType(cp);
        return Character.isLetter(cp) || type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}
