package org.telisik.core.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReservoirSlotsTest {

    @Test
    void theFirstItemsFillTheSlotsInOrder() {
        ReservoirSlots slots = new ReservoirSlots(5, 1);
        for (int i = 0; i < 5; i++) {
            assertThat(slots.next()).isEqualTo(i);
        }
        assertThat(slots.seen()).isEqualTo(5);
    }

    /** Every position of a stream ends in the sample with probability capacity / n: chi-square over 10 bins. */
    @Test
    void everyPositionIsEquallyLikelyToEndInTheSample() {
        int capacity = 50;
        int n = 5_000;
        long[] bins = new long[10];
        int trials = 2_000;
        for (int t = 0; t < trials; t++) {
            int[] held = new int[capacity];
            ReservoirSlots slots = new ReservoirSlots(capacity, t);
            for (int i = 0; i < n; i++) {
                int slot = slots.next();
                if (slot >= 0) {
                    held[slot] = i;
                }
            }
            for (int item : held) {
                bins[item * bins.length / n]++;
            }
        }
        double expected = (double) trials * capacity / bins.length;
        double chiSquare = 0;
        for (long b : bins) {
            chiSquare += (b - expected) * (b - expected) / expected;
        }
        assertThat(chiSquare).isLessThan(27.9); // 9 degrees of freedom, p = 0.001
    }

    @Test
    void replacementsGrowOnlyLogarithmically() {
        ReservoirSlots slots = new ReservoirSlots(100, 7);
        int taken = 0;
        for (int i = 0; i < 10_000_000; i++) {
            taken += slots.next() >= 0 ? 1 : 0;
        }
        // expected capacity * (1 + ln(n / capacity)) = 100 * (1 + ln 100000) ~ 1,251
        assertThat(taken).isBetween(1_000, 1_500);
    }

    @Test
    void theSameSeedGivesTheSameSample() {
        ReservoirSlots a = new ReservoirSlots(10, 42);
        ReservoirSlots b = new ReservoirSlots(10, 42);
        for (int i = 0; i < 100_000; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
    }

    @Test
    void aListBackedReservoirCopiesOnlyTheItemsItKeeps() {
        ReservoirSlots slots = new ReservoirSlots(3, 5);
        java.util.List<int[]> sample = new java.util.ArrayList<>();
        int[] copies = {0};
        for (int i = 0; i < 10_000; i++) {
            slots.offer(sample, new int[] {i}, a -> {
                copies[0]++;
                return a.clone();
            });
        }
        assertThat(sample).hasSize(3);
        assertThat(copies[0]).isBetween(3, 60); // 3 + replacements, about 3 ln(10000 / 3) = 24
        assertThat(sample).extracting(a -> a[0]).doesNotHaveDuplicates();
    }

    @Test
    void aReservoirNeedsASlot() {
        assertThatThrownBy(() -> new ReservoirSlots(0, 1)).isInstanceOf(IllegalArgumentException.class);
    }
}
