package org.telisik.core.profile;

/**
 * Counts per kind in two strata, for a tier-2 scan of a column ({@link IdentifiersInside},
 * {@link TextIdentifiers}): counted outright (values before the column settled, repeated values whose result
 * was cached) and counted in a uniform sample of the other values (the population). Each value of the
 * population was sampled with the same chance whatever came before, so outright + sampled * population /
 * sampled estimates the count over all values (Horvitz-Thompson, with the population's own rate).
 */
final class Stratified {
    final long[] outright;
    final long[] sampled;
    long population;
    long drawn;

    Stratified(int kinds) {
        outright = new long[kinds];
        sampled = new long[kinds];
    }

    /** One more value of the population; {@code drawn} when it is in the sample (and will be counted). */
    void uncached(boolean isDrawn) {
        population++;
        drawn += isDrawn ? 1 : 0;
    }

    /** The estimated count of a kind over all values; exact while nothing was sampled. */
    long estimate(int kind) {
        return outright[kind] + (drawn == 0 ? 0 : Math.round(sampled[kind] * (double) population / drawn));
    }

    /** True when some figure is an estimate from the sample. */
    boolean estimated() {
        return population > 0;
    }

    void absorb(Stratified later) {
        Counts.add(outright, later.outright);
        Counts.add(sampled, later.sampled);
        population += later.population;
        drawn += later.drawn;
    }
}
