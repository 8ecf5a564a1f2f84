package org.telisik.core.profile;

/** Element-wise sums of count tables, for the accumulators that {@link DatasetProfiler#absorb} joins. */
final class Counts {
    private Counts() {
    }

    /** Adds {@code from} into {@code into}, index by index; both are the same table of the same class. */
    static void add(long[] into, long[] from) {
        if (into.length != from.length) {
            throw new IllegalArgumentException("count tables of different sizes: " + into.length + ", " + from.length);
        }
        for (int i = 0; i < into.length; i++) {
            into[i] += from[i];
        }
    }
}
