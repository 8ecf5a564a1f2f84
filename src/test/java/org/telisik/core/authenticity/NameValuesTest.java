package org.telisik.core.authenticity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.IndonesianPeople;

class NameValuesTest {
    private static final Set<String> TITLES = Set.of("h", "hj", "tn", "ny", "nn", "sdr", "sdri", "dr", "drs", "dra",
            "ir", "bpk", "ibu", "an", "by", "prof");

    @Test
    void titlesDegreesAndPunctuationLeaveTheNameWords() {
        assertThat(NameValues.normalise("dr. Siti Rahmawati, Sp.Rad")).isEqualTo("SITI RAHMAWATI");
        assertThat(NameValues.normalise("  Hj.  Nur'aini   binti Ahmad ")).isEqualTo("NUR AINI BINTI AHMAD");
        assertThat(NameValues.normalise("Tn. BUDI-SANTOSO")).isEqualTo("BUDI SANTOSO");
        assertThat(NameValues.normalise("123, Budi")).isEmpty();
    }

    /** The hand-written word split gives what the regular expression split it replaced gave, names as exported. */
    @Test
    void wordsAreTheLetterRunsTheRegexSplitFound() {
        IndonesianPeople people = new IndonesianPeople(11);
        Random random = people.random();
        String[] decorations = {"dr. ", "Hj. ", "Tn. ", "Ny.", "  ", "'", "-", ", S.Kep", ", Sp.Rad", " 2", "\t", "É",
            "\uD835\uDC9C", "ß", "(alm)", ".", ""};
        for (int k = 0; k < 20_000; k++) {
            StringBuilder name = new StringBuilder(people.next().name());
            for (int d = random.nextInt(4); d > 0; d--) {
                name.insert(random.nextInt(name.length() + 1), decorations[random.nextInt(decorations.length)]);
            }
            String v = name.toString();
            assertThat(NameValues.normalise(v)).as(v).isEqualTo(regexNormalise(v));
        }
    }

    private static String regexNormalise(String name) {
        String main = name.contains(",") ? name.substring(0, name.indexOf(',')) : name;
        List<String> words = Arrays.stream(main.toLowerCase(Locale.ROOT).split("[^\\p{L}]+"))
                .filter(w -> !w.isEmpty() && !TITLES.contains(w)).toList();
        return String.join(" ", words).toUpperCase(Locale.ROOT);
    }
}
