package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.IndonesianPeople;

/**
 * The exact counts equal a map of value to count in order of first sight, whether long values are indexed by
 * sampled characters or, after too many values shared a sampled hash, by their whole {@link String#hashCode}.
 */
class ExactCountsTest {
    private static final List<String> FINDINGS = List.of(
            "Cor tidak membesar, pulmo tampak infiltrat di lapangan bawah kanan. Kesan: pneumonia",
            "Tampak opasitas \"ground glass\" bilateral, perifer; kesan: sesuai gambaran COVID-19",
            "Cor dan pulmo dalam batas normal", "Sinus costophrenicus kanan tumpul,\nkesan: efusi pleura kanan minimal",
            "dr. Hendra Wijaya, Sp.Rad", "dr. Siti Rahmawati, Sp.P", "BPJS", "P", "2022-10-03");

    @Test
    void longAndShortValuesCountAsAMapWould() {
        Random random = new Random(3);
        ExactCounts counts = same(i -> FINDINGS.get(random.nextInt(FINDINGS.size())), 50_000);
        assertThat(counts.sampling()).as("distinct findings have distinct sampled hashes").isTrue();
    }

    @Test
    void addressesAndNamesCountAsAMapWould() {
        IndonesianPeople people = new IndonesianPeople(9);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 12_000; i++) {
            IndonesianPeople.Person p = people.next();
            values.add(i % 2 == 0 ? p.address() : p.name() + ", " + p.address());
        }
        same(i -> values.get(i % values.size()), 30_000);
    }

    /** Long values that differ only between the sampled characters: the index falls back to whole hashes. */
    @Test
    void valuesAlikeInTheSampledCharactersFallBackToWholeHashes() {
        ExactCounts counts = same(ExactCountsTest::alikeWhereSampled, 20_000);
        assertThat(counts.sampling()).isFalse();
        assertThat(counts.size()).isEqualTo(10_000);
    }

    /** A table that fell back takes in one that did not, and the other way round, as one table fed both would. */
    @Test
    void tablesOfEitherKindJoin() {
        for (boolean alikeFirst : new boolean[] {true, false}) {
            TopValues one = new TopValues(50_000, new HyperLogLog());
            TopValues first = new TopValues(50_000, new HyperLogLog());
            TopValues later = new TopValues(50_000, new HyperLogLog());
            Random random = new Random(1);
            for (int i = 0; i < 40_000; i++) {
                boolean alike = (i < 20_000) == alikeFirst;
                String v = alike ? alikeWhereSampled(i % 3_000) : FINDINGS.get(random.nextInt(FINDINGS.size())) + i % 500;
                one.add(v);
                (i < 20_000 ? first : later).add(v);
            }
            first.absorb(later, (e, at) -> { });
            assertThat(List.copyOf(first.top(4_000).entrySet())).isEqualTo(List.copyOf(one.top(4_000).entrySet()));
            for (int i = 0; i < 3_000; i++) {
                assertThat(first.hasExact(alikeWhereSampled(i))).isTrue();
            }
            assertThat(first.hasExact(alikeWhereSampled(3_001))).isFalse();
        }
    }

    /** 40 characters; its number in positions 1, 3, 4 and 6, none of which the sampled hash reads. */
    private static String alikeWhereSampled(int i) {
        char[] c = "Tidak tampak kelainan pada parenkim otak".toCharArray();
        String digits = String.format("%04d", i);
        c[1] = digits.charAt(0);
        c[3] = digits.charAt(1);
        c[4] = digits.charAt(2);
        c[6] = digits.charAt(3);
        return new String(c);
    }

    /** Feeds both, fresh strings each time; checks numbering, counts and lookups against the map. */
    private static ExactCounts same(IntFunction<String> stream, int n) {
        ExactCounts counts = new ExactCounts(n);
        Map<String, Long> expected = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            String v = new String(stream.apply(i).toCharArray());
            int at = counts.add(v);
            long count = expected.merge(v, 1L, Long::sum);
            assertThat(counts.entries()[at]).isEqualTo(count);
        }
        assertThat(counts.size()).isEqualTo(expected.size());
        int number = 0;
        for (Map.Entry<String, Long> e : expected.entrySet()) {
            assertThat(counts.key(number)).isEqualTo(e.getKey());
            assertThat(counts.find(new String(e.getKey().toCharArray()))).isEqualTo(number * ExactCounts.ENTRY_SIZE);
            assertThat(counts.entries()[number * ExactCounts.ENTRY_SIZE]).isEqualTo(e.getValue());
            number++;
        }
        assertThat(counts.find("Tidak tampak kelainan pada parenkim otak, tidak dicatat")).isEqualTo(-1);
        return counts;
    }
}
