package org.telisik.core.profile;

import java.util.Arrays;

/**
 * Orders counted values most counted first, ties by position, the way a stable sort by descending count would,
 * but on primitive keys (the count's complement above, the position below) sorted as {@code long}s. The sketches
 * order their counts when a part's exact table turns into a sketch and when parts of a file read in parts are
 * joined: with boxed entries and comparator lambdas there, the JIT compiled {@code TimSort} and the lambdas
 * again and again during an analysis (each part brought another comparator shape), which cost more CPU than the
 * sorts themselves.
 */
final class CountOrder {
    private static final int POSITION_BITS = 24;
    private static final long MAX_COUNT = (1L << (63 - POSITION_BITS)) - 1;
    private static final long POSITION_MASK = (1L << POSITION_BITS) - 1;

    private CountOrder() {
    }

    /**
     * The positions {@code 0..n-1}, the one with the largest count first, equal counts in position order.
     *
     * @param counts position {@code p}'s count at {@code counts[p * stride]}
     * @throws IllegalArgumentException when more than 2^24 positions or a count beyond 2^39 cannot be keyed
     */
    static int[] mostCountedFirst(long[] counts, int stride, int n) {
        if (n > POSITION_MASK + 1) {
            throw new IllegalArgumentException(n + " counted values, more than the order can key");
        }
        long[] keys = new long[n];
        for (int p = 0; p < n; p++) {
            long count = counts[p * stride];
            if (count < 0 || count > MAX_COUNT) {
                throw new IllegalArgumentException("count " + count + " outside what the order can key");
            }
            keys[p] = (MAX_COUNT - count) << POSITION_BITS | p;
        }
        Arrays.sort(keys);
        int[] order = new int[n];
        for (int k = 0; k < n; k++) {
            order[k] = (int) (keys[k] & POSITION_MASK);
        }
        return order;
    }
}
