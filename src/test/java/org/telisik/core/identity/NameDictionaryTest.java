package org.telisik.core.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.IndonesianPeople;

/**
 * The names found by first-word lookup are those the former single regular expression of all names found: the
 * expression (kept here as the oracle) against the dictionary on text written as real exports write names.
 */
class NameDictionaryTest {
    private static final Set<String> TITLES = Set.of("dr", "drg", "ns", "h", "hj", "ir", "prof", "tn", "ny", "nn",
            "an", "sdr", "sdri", "bpk", "bp", "ibu", "bu", "mr", "mrs", "ms");
    private static final List<String> AROUND = List.of("kontrol ulang ", "pasien: ", "hasil_lab_", "dirujuk oleh dr. ",
            "", " ", "(", "123", "x", "Ma'", "-", "/export/", "'");
    private static final List<String> AFTER = List.of(" besok", ".pdf", "", "_2023.csv", "'s", "a", "9", ", S.Kom",
            " bin Ahmad", ")", "-");

    @Test
    void findsWhatTheRegularExpressionOfAllNamesFound() {
        IndonesianPeople people = new IndonesianPeople(21);
        List<String> names = new ArrayList<>(List.of("Siti Wulandari", "Siti", "dr. Budi Santoso, Sp.PD", "Ani",
                "Ma'ruf Amin", "O'Neil", "Nur Aini", "Nur", "Dewi Sartika Putri", "Dewi Sartika"));
        for (int i = 0; i < 300; i++) {
            names.add(people.next().name());
        }
        TextMasking masking = TextMasking.withNames(names);
        Pattern oracle = oracle(names);
        Random random = new Random(7);
        for (int i = 0; i < 5_000; i++) {
            String text = text(names, random);
            String identifiersMasked = TextMasking.IDENTIFIERS.mask(text);
            assertThat(masking.mask(text)).as(text).isEqualTo(maskNames(oracle, identifiersMasked));
        }
    }

    @Test
    void aNameStartingWithAnApostropheOrEndingInOneIsFoundAsBefore() {
        List<String> names = List.of("'Aisyah Rahma", "Abdul Jalil'");
        TextMasking masking = TextMasking.withNames(names);
        for (String text : List.of("ibu 'Aisyah Rahma datang", "Abdul Jalil' x", "Abdul_Jalil'", "x'Aisyah Rahma")) {
            assertThat(masking.mask(text)).as(text).isEqualTo(maskNames(oracle(names), text));
        }
    }

    private static String text(List<String> names, Random random) {
        StringBuilder sb = new StringBuilder();
        int parts = 1 + random.nextInt(3);
        for (int p = 0; p < parts; p++) {
            String name = names.get(random.nextInt(names.size()));
            String sep = List.of(" ", "_", ".", "-", "  ", " . ").get(random.nextInt(6));
            name = name.replace(" ", sep);
            name = switch (random.nextInt(4)) {
                case 0 -> name.toUpperCase(Locale.ROOT);
                case 1 -> name.toLowerCase(Locale.ROOT);
                case 2 -> name.length() > 3 ? name.substring(0, name.length() - 1) : name; // a near miss
                default -> name;
            };
            sb.append(AROUND.get(random.nextInt(AROUND.size()))).append(name).append(AFTER.get(random.nextInt(AFTER.size())));
        }
        return sb.toString();
    }

    /** The expression TextMasking used before: every name's pattern, the longest first, as whole words. */
    private static Pattern oracle(List<String> names) {
        Set<String> patterns = new LinkedHashSet<>();
        for (String name : names) {
            int comma = name.indexOf(',');
            StringBuilder sb = new StringBuilder();
            int letters = 0;
            for (String w : (comma >= 0 ? name.substring(0, comma) : name).split("[^\\p{L}']+")) {
                if (w.isEmpty() || (sb.isEmpty() && TITLES.contains(w.toLowerCase(Locale.ROOT)))) {
                    continue;
                }
                sb.append(sb.isEmpty() ? "" : "[\\s._-]+").append(Pattern.quote(w));
                letters += w.length();
            }
            if (letters >= 4) {
                patterns.add(sb.toString());
            }
        }
        List<String> ordered = patterns.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", ordered) + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String maskNames(Pattern names, String text) {
        Matcher m = names.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Masker.initials(m.group())));
        }
        return m.appendTail(sb).toString();
    }
}
