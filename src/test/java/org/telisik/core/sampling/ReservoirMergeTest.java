package org.telisik.core.sampling;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Two reservoirs of two streams read one after the other merge into a uniform sample of both: every item is
 * as likely to be kept, whichever stream it came from and however long that stream was.
 */
class ReservoirMergeTest {
    @Test
    void everyItemOfBothStreamsIsEquallyLikelyToBeKept() {
        int capacity = 50;
        int first = 300;
        int later = 1_200;
        int trials = 4_000;
        long[] kept = new long[first + later];
        for (int t = 0; t < trials; t++) {
            List<Integer> a = sample(0, first, capacity, t);
            List<Integer> b = sample(first, later, capacity, 100_000 + t);
            List<Integer> merged = ReservoirSlots.merge(a, first, b, later, capacity, t);
            assertEquals(capacity, merged.size());
            assertEquals(capacity, new HashSet<>(merged).size(), "no item twice");
            merged.forEach(i -> kept[i]++);
        }
        double expected = (double) trials * capacity / (first + later); // 133.3 for each item
        double fromFirst = 0;
        for (int i = 0; i < first; i++) {
            fromFirst += kept[i];
        }
        // the first stream is a fifth of the items: a fifth of the kept ones, within 3 standard errors
        double share = fromFirst / ((double) trials * capacity);
        assertEquals(0.2, share, 3 * Math.sqrt(0.2 * 0.8 / (trials * capacity)) * 2);
        double chi = 0;
        for (long k : kept) {
            chi += (k - expected) * (k - expected) / expected;
        }
        // 1,499 degrees of freedom: mean 1,499, standard deviation 54.8; a bias would push it far up
        assertTrue(chi < 1_499 + 4 * 54.8, "chi-square " + chi);
    }

    @Test
    void shortStreamsAreKeptWhole() {
        List<Integer> merged = ReservoirSlots.merge(List.of(1, 2), 2, List.of(3), 1, 10, 5);
        assertEquals(List.of(1, 2, 3), merged);
    }

    private static List<Integer> sample(int from, int n, int capacity, long seed) {
        ReservoirSlots slots = new ReservoirSlots(capacity, seed);
        List<Integer> sample = new ArrayList<>();
        for (int i = from; i < from + n; i++) {
            slots.offer(sample, i, x -> x);
        }
        return sample;
    }
}
