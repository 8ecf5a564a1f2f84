package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class SketchesTest {
    @Test
    void topValuesStayRightAfterSwitchingToSpaceSaving() {
        HyperLogLog distinct = new HyperLogLog();
        TopValues top = new TopValues(1_000, distinct);
        for (int i = 0; i < 50_000; i++) {
            top.add(i % 10 == 0 ? "BPJS" : i % 10 == 1 ? "UMUM" : "v" + i);
        }
        assertThat(top.exact()).isFalse();
        Map<String, Long> t = top.top(2);
        assertThat(t.keySet()).containsExactly("BPJS", "UMUM");
        assertThat(t.get("BPJS")).as("estimated from a 1/8 sample").isBetween(4_600L, 5_400L);
        assertThat(distinct.estimate()).as("the sketch got the exact keys at the switch").isBetween(38_400L, 41_600L); // HLL at 2.4x its registers: about 4%
    }

    /** The primitive order the sketches use is the stable sort by descending count they used before. */
    @Test
    void countOrderIsAStableSortByDescendingCount() {
        java.util.Random random = new java.util.Random(7);
        for (int round = 0; round < 50; round++) {
            int n = random.nextInt(3_000);
            int stride = 1 + random.nextInt(6);
            long[] counts = new long[n * stride];
            for (int p = 0; p < n; p++) {
                // many ties among small counts, a few large ones (a column's top values)
                counts[p * stride] = random.nextInt(10) == 0 ? random.nextInt(4_000_000) : 1 + random.nextInt(5);
            }
            int[] expected = java.util.stream.IntStream.range(0, n).boxed()
                    .sorted(java.util.Comparator.comparingLong((Integer p) -> counts[p * stride]).reversed())
                    .mapToInt(Integer::intValue).toArray();
            assertThat(CountOrder.mostCountedFirst(counts, stride, n)).containsExactly(expected);
        }
    }

    @Test
    void topValuesAreExactWhileSmall() {
        TopValues top = new TopValues(100, new HyperLogLog());
        int at = top.add("a");
        assertThat(top.entries()[at]).isEqualTo(1);
        assertThat(top.entries()[top.add("a")]).isEqualTo(2);
        assertThat(top.add("a")).as("the same entry").isEqualTo(at);
        top.add("b");
        assertThat(top.top(5)).containsExactly(Map.entry("a", 3L), Map.entry("b", 1L));
        assertThat(top.exactDistinct()).isEqualTo(2);
    }

    @Test
    void shapesAreCountedAndBounded() {
        ShapeCounter s = new ShapeCounter();
        s.add("2021-03-05");
        s.add("1999-12-31");
        s.add("Siti Aminah");
        for (int i = 0; i < 200; i++) {
            s.add("a".repeat(1 + i % 20) + "9".repeat(1 + i / 20));
        }
        Map<String, Long> top = s.top(2);
        assertThat(top).containsEntry("9999-99-99", 2L).containsKey("other");
        assertThat(ShapeCounter.shape("Siti Aminah")).isEqualTo("Aaaa Aaaaaa");
    }

    @Test
    void hyperLogLogIsWithinTwoPercent() {
        HyperLogLog h = new HyperLogLog();
        for (int i = 0; i < 200_000; i++) {
            h.add("3204" + i);
        }
        assertThat(h.estimate()).isBetween(196_000L, 204_000L);
    }

    @Test
    void placeholders() {
        for (String v : new String[] {"-", "--", "0000000000000000", "NULL", "n/a", "N/A", "Tidak Ada", "?", "xxxx"}) {
            assertThat(Placeholders.is(v)).as(v).isTrue();
        }
        for (String v : new String[] {"0", "00", "L", "Budi", "3204110609970001", "Nanda", "Mawar", "kosongan"}) {
            assertThat(Placeholders.is(v)).as(v).isFalse();
        }
        for (String v : new String[] {"Nil", "MISSING", "kosong", "Unknown", "BELUM ADA", "tba"}) {
            assertThat(Placeholders.is(v)).as(v).isTrue();
        }
    }

    /** The bit test of first letters agrees, for every char, with the letters it replaced. */
    @Test
    void placeholderWordsStartWithTheLettersTheyDid() {
        for (char c = 0; c < Character.MAX_VALUE; c++) {
            if (Placeholders.startsAWord(c) != "nNtTbBuUkKmM".indexOf(c) >= 0) {
                throw new AssertionError("first letter " + (int) c);
            }
        }
    }

    @Test
    void lexiconMatchesNormalisedText() {
        Lexicon l = new Lexicon(4);
        l.add("Laki-laki", 7);
        assertThat(l.tag("LAKI LAKI", 0, 9)).isEqualTo(7);
        assertThat(l.contains(" laki_laki ")).isTrue();
        assertThat(l.contains("lakilaki")).isFalse();
        assertThat(l.contains("xx laki laki", 3, 12)).isTrue();
    }
}
