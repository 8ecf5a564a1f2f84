package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ShapeCounterTest {
    /** A shape is known by its hash alone: two different shapes with one hash would be counted as one. */
    @Test
    void differentShapesHaveDifferentHashes() {
        Random r = new Random(24);
        String alphabet = "9Aa.-/ ,:()";
        Map<Long, String> seen = new HashMap<>();
        for (int k = 0; k < 300_000; k++) {
            StringBuilder sb = new StringBuilder();
            int n = 1 + r.nextInt(30);
            for (int i = 0; i < n; i++) {
                sb.append(alphabet.charAt(r.nextInt(r.nextBoolean() ? 3 : alphabet.length())));
            }
            String shape = ShapeCounter.shape(sb);
            String before = seen.putIfAbsent(ShapeCounter.hash(sb), shape);
            assertThat(before == null || before.equals(shape)).as(shape + " and " + before).isTrue();
        }
        assertThat(seen.size()).isGreaterThan(200_000);
        // swapped neighbours and a shape one longer than another differ
        assertThat(ShapeCounter.hash("9A")).isNotEqualTo(ShapeCounter.hash("A9"));
        assertThat(ShapeCounter.hash("9aaaA")).as("one lane").isNotEqualTo(ShapeCounter.hash("Aaaa9"));
        assertThat(ShapeCounter.hash("9aaaaaaA")).isNotEqualTo(ShapeCounter.hash("Aaaaaaa9"));
        assertThat(ShapeCounter.hash("99")).isNotEqualTo(ShapeCounter.hash("999"));
        assertThat(ShapeCounter.hash("1234")).isEqualTo(ShapeCounter.hash("5678"));
    }

    @Test
    void valuesOfOneShapeCountTogether() {
        ShapeCounter counter = new ShapeCounter();
        for (String v : new String[] {"3171015007920009", "3404015007090004", "Maria Santoso", "Ani Permana", "P", "L",
            "2022-10-03", "2021-03-08", "08221629332"}) {
            counter.add(v);
        }
        assertThat(counter.top(10)).containsExactly(Map.entry("9999999999999999", 2L), Map.entry("A", 2L),
                Map.entry("9999-99-99", 2L), Map.entry("Aaaaa Aaaaaaa", 1L), Map.entry("Aaa Aaaaaaa", 1L),
                Map.entry("99999999999", 1L));
    }
}
