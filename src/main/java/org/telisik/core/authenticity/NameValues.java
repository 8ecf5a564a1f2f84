package org.telisik.core.authenticity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Tells plausible personal names from placeholders and random letters. A name is plausible when it has no
 * digits, is not a placeholder ("test", "dummy", "lorem ipsum", "john doe" ...), and either one of its words is
 * a common Indonesian name word or every word is pronounceable: it has a vowel, no run of more than three
 * consonants, no letter three times in a row. Titles (H., Hj., Tn., Ny., dr.) and degrees after a comma are ignored.
 */
final class NameValues {
    private static final Set<String> LEXICON = load("name_tokens.txt");
    private static final Set<String> PLACEHOLDERS = Set.of("test", "testing", "tes", "dummy", "user", "lorem", "ipsum",
            "dolor", "asdf", "qwerty", "xxx", "abc", "nama", "name", "pasien", "sample", "contoh", "foo", "bar",
            "null", "doe", "unknown", "anonim");
    private static final Set<String> TITLES = Set.of("h", "hj", "tn", "ny", "nn", "sdr", "sdri", "dr", "drs", "dra",
            "ir", "bpk", "ibu", "an", "by", "prof");
    private static final Pattern CONSONANT_RUN = Pattern.compile("[^aeiouy]{4,}");
    private static final Pattern TRIPLE = Pattern.compile("(.)\\1\\1");

    private NameValues() {
    }

    /** Upper-case letters and single spaces, without titles and degrees, for comparing names. */
    static String normalise(String name) {
        return String.join(" ", words(name)).toUpperCase(Locale.ROOT);
    }

    static boolean plausible(String name) {
        if (name.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        List<String> words = words(name);
        if (words.isEmpty() || words.stream().anyMatch(PLACEHOLDERS::contains)) {
            return false;
        }
        return words.stream().anyMatch(LEXICON::contains) || words.stream().allMatch(NameValues::pronounceable);
    }

    private static boolean pronounceable(String word) {
        return word.length() >= 2 && word.length() <= 15 && word.chars().anyMatch(c -> "aeiouy".indexOf(c) >= 0)
                && !CONSONANT_RUN.matcher(word).find() && !TRIPLE.matcher(word).find();
    }

    /**
     * The runs of letters ({@code \\p{L}}: {@link Character#isLetter(int)}) of the lower-cased name before any
     * comma, titles left out. Found by hand, not by {@code String.split} with a regular expression: the checks run
     * this on every sampled name after the read, and the regex path of {@code split} was then compiled anew.
     */
    private static List<String> words(String name) {
        int comma = name.indexOf(',');
        String main = (comma >= 0 ? name.substring(0, comma) : name).toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= main.length(); ) {
            int cp = i < main.length() ? main.codePointAt(i) : -1;
            boolean letter = cp >= 0 && Character.isLetter(cp);
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                String w = main.substring(start, i);
                if (!TITLES.contains(w)) {
                    words.add(w);
                }
                start = -1;
            }
            i += cp >= 0 ? Character.charCount(cp) : 1;
        }
        return words;
    }

    private static Set<String> load(String resource) {
        try (InputStream in = NameValues.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("name lexicon missing from the build: " + resource);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .filter(l -> !l.startsWith("#")).forEach(l -> words.addAll(List.of(l.trim().split("\\s+"))));
            words.remove("");
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
