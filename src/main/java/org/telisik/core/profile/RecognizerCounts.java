package org.telisik.core.profile;

/**
 * A column's counts per recogniser, in two strata. The exhaustive stratum holds every value the recogniser
 * was asked about outright: all values before the column settled, every value for a tier-1 recogniser, the
 * repeated values whose outcome the column had cached. The sampled stratum holds, for a tier-2 recogniser, the
 * sampled ones among the other values (its population): each such value was sampled with the same chance,
 * whatever came before, so {@code valid + sampledValid * population / sampled} estimates the recogniser's
 * valid count over all values without bias (a Horvitz-Thompson sum, with the population's own sampling rate).
 *
 * <p>Tested counts are materialised lazily: a recogniser that is active counts every checked value not in
 * {@link #untested} and not in its population; a pruned one keeps the count it had ({@code untested} then
 * holds its tested count). The running population and sample apply to the recognisers of {@link #sampledMask}.
 */
final class RecognizerCounts {
    final long[] shape;
    final long[] valid;
    final long[] sampledShape;
    final long[] sampledValid;
    /** Active: checked values it did not test outright; pruned: the values it tested outright. */
    final long[] untested;
    private final long[] populationBase;
    private final long[] sampledBase;
    long checked;
    /** Values of the sampled stratum since the last {@link #materialise}, and how many of them were sampled. */
    long population;
    long sampled;
    long activeMask;
    long sampledMask;

    RecognizerCounts(int recognizers) {
        shape = new long[recognizers];
        valid = new long[recognizers];
        sampledShape = new long[recognizers];
        sampledValid = new long[recognizers];
        untested = new long[recognizers];
        populationBase = new long[recognizers];
        sampledBase = new long[recognizers];
        activeMask = recognizers == Long.SIZE ? -1L : (1L << recognizers) - 1;
    }

    boolean active(int i) {
        return (activeMask & 1L << i) != 0;
    }

    long population(int i) {
        return populationBase[i] + ((sampledMask & 1L << i) != 0 ? population : 0);
    }

    long sampledTested(int i) {
        return sampledBase[i] + ((sampledMask & 1L << i) != 0 ? sampled : 0);
    }

    /** Values recogniser i tested outright, of the first {@code seen} checked values. */
    long exhaustiveTested(int i, long seen) {
        return active(i) ? seen - untested[i] - population(i) : untested[i];
    }

    /** Estimated share of all checked values that recogniser i finds valid (or shaped: {@code counts} = shape). */
    double share(int i, long[] counts, long[] sampledCounts) {
        long tested = exhaustiveTested(i, checked);
        long pop = population(i);
        long s = sampledTested(i);
        if (s == 0) {
            return tested == 0 ? 0 : (double) counts[i] / tested; // the population was never sampled: no estimate
        }
        return (counts[i] + sampledCounts[i] * (double) pop / s) / (tested + pop);
    }

    /** Pruned recogniser i: from now on it tests nothing, and keeps what it counted. */
    void prune(int i, long seen) {
        materialise();
        untested[i] = exhaustiveTested(i, seen);
        activeMask &= ~(1L << i);
    }

    /** Moves the running population and sample into each recogniser's own count, before masks change. */
    void materialise() {
        for (int i = 0; i < untested.length; i++) {
            if ((sampledMask & 1L << i) != 0) {
                populationBase[i] += population;
                sampledBase[i] += sampled;
            }
        }
        population = 0;
        sampled = 0;
    }

    /**
     * Adds {@code later}'s counts, the counts of the values after these. {@code keepMine} are the recognisers
     * this side pruned once settled: one tally fed both would not have asked them about {@code later}'s values.
     * The masks given are the merged ones; tested counts stay what each recogniser really tested.
     */
    void absorb(RecognizerCounts later, long keepMine, long mergedActive, long mergedSampled) {
        materialise();
        later.materialise();
        long all = checked + later.checked;
        for (int i = 0; i < untested.length; i++) {
            long tested = exhaustiveTested(i, checked);
            if ((keepMine & 1L << i) == 0) {
                tested += later.exhaustiveTested(i, later.checked);
                shape[i] += later.shape[i];
                valid[i] += later.valid[i];
                sampledShape[i] += later.sampledShape[i];
                sampledValid[i] += later.sampledValid[i];
                populationBase[i] += later.populationBase[i];
                sampledBase[i] += later.sampledBase[i];
            }
            untested[i] = (mergedActive & 1L << i) != 0 ? all - tested - populationBase[i] : tested;
        }
        checked = all;
        activeMask = mergedActive;
        sampledMask = mergedSampled;
    }
}
