package org.telisik.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.IndonesianPeople;

/**
 * The sketch with its counts in heap order evicts exactly the counters the sketch of swapped slots evicted
 * ({@link SwapHeapSpaceSaving}, the code it replaced): same values in the same slots with the same counts and the
 * same floor, after every stretch of a stream, on the streams a column gives (unique values, Zipf, many ties at
 * the minimum, a few values, real-looking identifiers), seeded as {@link TopValues} seeds it and as a merge leaves
 * it, so that the reported top values do not change.
 */
class SpaceSavingEquivalenceTest {
    private static final int CAPACITY = TopValues.CAPACITY;

    @Test
    void uniqueValuesEvictTheSameCounters() {
        same(i -> "v" + i, 200_000, 8, 0);
    }

    @Test
    void zipfValuesKeepTheSameCounters() {
        Random random = new Random(11);
        double[] cumulative = zipf(50_000, 1.1);
        same(i -> "z" + pick(cumulative, random.nextDouble()), 200_000, 1, 0);
    }

    @Test
    void tiesAtTheMinimumAreBrokenAlike() {
        // a few hundred values cycling through a full sketch: every counter ties with many others, always
        same(i -> "t" + (i * 7919 % 700), 150_000, 8, 0);
        same(i -> "t" + (i % (CAPACITY + 1)), 60_000, 1, 0);
    }

    @Test
    void tinyStreamsAndFewValues() {
        same(i -> "x" + (i % 3), 10, 8, 0);
        same(i -> "y" + i, CAPACITY - 1, 1, 0);
        same(i -> "w" + i, CAPACITY + 1, 1, 0);
    }

    @Test
    void realIdentifiersAfterSeedingLikeTopValues() {
        IndonesianPeople people = new IndonesianPeople(3);
        List<String> values = new ArrayList<>();
        for (int i = 0; i < 120_000; i++) {
            IndonesianPeople.Person p = people.next();
            values.add(i % 3 == 0 ? p.nik() : i % 3 == 1 ? p.name() : p.phone());
        }
        same(values::get, values.size(), 8, 1_000);
    }

    @Test
    void aMergedSketchCountsOnAlike() {
        SpaceSaving a = new SpaceSaving(CAPACITY);
        SpaceSaving b = new SpaceSaving(CAPACITY);
        for (int i = 0; i < 30_000; i++) {
            a.add("m" + (i % 900), 8);
            b.add("m" + (i * 31 % 1_300), 8);
        }
        SpaceSaving merged = SpaceSaving.merge(CAPACITY, a.counts(), a.floor(), b.counts(), b.floor());
        SwapHeapSpaceSaving reference = new SwapHeapSpaceSaving(CAPACITY);
        merged.counts().forEach(reference::seed);
        for (int i = 0; i < 40_000; i++) {
            String v = "m" + (i * 17 % 2_000);
            merged.add(v, 8);
            reference.add(v, 8);
        }
        assertThat(List.copyOf(merged.counts().entrySet())).isEqualTo(List.copyOf(reference.counts().entrySet()));
        assertThat(merged.floor()).isEqualTo(reference.floor()).isPositive();
    }

    /** Feeds both sketches, after seeding each with the same {@code seeds} values, and compares them often. */
    private static void same(IntFunction<String> stream, int n, long weight, int seeds) {
        SpaceSaving present = new SpaceSaving(CAPACITY);
        SwapHeapSpaceSaving reference = new SwapHeapSpaceSaving(CAPACITY);
        Random random = new Random(5);
        for (int s = 0; s < Math.min(seeds, CAPACITY); s++) {
            long count = 1 + random.nextInt(4);
            present.seed("seed" + s, count);
            reference.seed("seed" + s, count);
        }
        int evicting = 0;
        for (int i = 0; i < n; i++) {
            String v = stream.apply(i);
            present.add(v, weight);
            reference.add(v, weight);
            if (i % 997 == 0 || i == n - 1) {
                Map<String, Long> counts = present.counts();
                assertThat(List.copyOf(counts.entrySet())).as("after %d values", i + 1)
                        .isEqualTo(List.copyOf(reference.counts().entrySet()));
                assertThat(present.floor()).isEqualTo(reference.floor());
                evicting += present.floor() > 0 ? 1 : 0;
            }
        }
        assertThat(evicting > 0).as("the stream filled the sketch").isEqualTo(n + seeds > CAPACITY);
    }

    private static double[] zipf(int n, double s) {
        double[] c = new double[n];
        double sum = 0;
        for (int k = 0; k < n; k++) {
            sum += 1 / Math.pow(k + 1, s);
            c[k] = sum;
        }
        for (int k = 0; k < n; k++) {
            c[k] /= sum;
        }
        return c;
    }

    private static int pick(double[] cumulative, double u) {
        int i = java.util.Arrays.binarySearch(cumulative, u);
        return i >= 0 ? i : -i - 1;
    }
}
