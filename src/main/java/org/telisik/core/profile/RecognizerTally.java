package org.telisik.core.profile;

import java.util.List;
import org.telisik.core.model.SemanticType;
import org.telisik.core.profile.ValueRecognizer.Match;

/**
 * How many of a column's checked values each recogniser found shaped and valid. The outcomes of a value are
 * two bit masks (bit i: recogniser i), which the caller may cache for repeated values. Once the column
 * {@link #settle}s after {@link #SETTLE} values, the recognisers that validated too few of them are pruned
 * (their shares remain those of the first values), the ones that may decide the column stay in tier 1 and
 * test every value, and the others (tier 2) test a uniform sample of the values whose outcome is not cached;
 * their shares become estimates ({@link RecognizerCounts}).
 */
final class RecognizerTally {
    static final int SETTLE = 2_000;
    static final double KEEP_SHARE = 0.05;

    /**
     * Gets each valid value with the index of the recogniser that validated it and, when {@code decoded} is
     * true, the {@link DecodingRecognizer#decode decoding} that recogniser just made of it. Only values counted
     * outright come here, so that the summaries they feed stay exact.
     */
    interface ValidValues {
        void accept(int recognizer, String value, boolean decoded, long decoding);
    }

    private final ValueRecognizer[] recognizers;
    /** recognizers[i] when it decodes, else null. */
    private final DecodingRecognizer[] decoders;
    /** Decodings of the value being recognised, by recogniser. */
    private final long[] decodings;
    private final ValidValues validValues;
    /** The DATE recogniser, whose decoding of a valid value its entry keeps ({@link ValueEntry#DATE}); -1 if none. */
    private final int keptDecoder;
    final RecognizerCounts counts;
    private boolean settled;
    /** The header's recogniser always stays in tier 1, so that its validity covers every value. */
    private SemanticType kept;

    RecognizerTally(List<ValueRecognizer> recognizers, ValidValues validValues) {
        if (recognizers.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 recognisers fit the bit masks");
        }
        this.recognizers = recognizers.toArray(new ValueRecognizer[0]);
        this.decoders = new DecodingRecognizer[this.recognizers.length];
        for (int i = 0; i < decoders.length; i++) {
            decoders[i] = this.recognizers[i] instanceof DecodingRecognizer d ? d : null;
        }
        this.decodings = new long[this.recognizers.length];
        this.counts = new RecognizerCounts(this.recognizers.length);
        this.validValues = validValues;
        int date = indexOf(SemanticType.DATE);
        this.keptDecoder = date >= 0 && decoders[date] != null ? date : -1;
    }

    /** Outcome bits of the last {@link #run}, for the caller's cache. */
    long lastShapeBits;
    long lastValidBits;
    /** The DATE decoding of the last {@link #run} when it ran DATE and found the value valid (positive), else 0. */
    long lastKept;

    /** Runs the recognisers of {@code mask} on a value; the outcome is left in the last*Bits fields. */
    void run(String value, long mask) {
        long shapeBits = 0;
        long validBits = 0;
        long bits = mask;
        while (bits != 0) {
            int i = Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            Match m;
            if (decoders[i] != null) {
                long decoding = decoders[i].decode(value);
                decodings[i] = decoding;
                m = decoders[i].match(decoding);
            } else {
                m = recognizers[i].test(value);
            }
            if (m != Match.NONE) {
                shapeBits |= 1L << i;
                validBits |= m == Match.VALID ? 1L << i : 0;
            }
        }
        lastShapeBits = shapeBits;
        lastValidBits = validBits;
        lastKept = keptDecoder >= 0 && (validBits >>> keptDecoder & 1) != 0 ? decodings[keptDecoder] : 0;
    }

    /**
     * Counts a value outright for the recognisers of {@code mask} (all active ones for a value whose outcome is
     * known in full); {@code fresh} when its bits come from the {@link #run} just made (decodings reusable), else
     * {@code kept} is the value's DATE decoding that its entry kept ({@link #lastKept} of an earlier run), 0 if none.
     */
    void count(String value, long mask, long shapeBits, long validBits, boolean fresh, long kept) {
        long bits = shapeBits & mask & counts.activeMask;
        while (bits != 0) {
            int i = Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            counts.shape[i]++;
            if ((validBits & 1L << i) != 0) {
                counts.valid[i]++;
                if (fresh) {
                    boolean decoded = decoders[i] != null;
                    validValues.accept(i, value, decoded, decoded ? decodings[i] : 0);
                } else {
                    boolean decoded = i == keptDecoder && kept != 0;
                    validValues.accept(i, value, decoded, decoded ? kept : 0);
                }
            }
        }
    }

    /** Counts a tier-2 outcome of a sampled value. */
    void countSampled(long shapeBits, long validBits) {
        long bits = shapeBits & counts.sampledMask;
        while (bits != 0) {
            int i = Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            counts.sampledShape[i]++;
            counts.sampledValid[i] += validBits >>> i & 1;
        }
    }

    void keep(SemanticType type) {
        this.kept = type;
    }

    boolean settled() {
        return settled;
    }

    long activeMask() {
        return counts.activeMask;
    }

    /** Tier 1: the active recognisers that test every value. */
    long tier1Mask() {
        return counts.activeMask & ~counts.sampledMask;
    }

    /**
     * Settles the column: prunes the recognisers that validated under {@link #KEEP_SHARE} of the values so far
     * and puts every other one not in {@code tier1} into tier 2. The header's recogniser stays in tier 1.
     */
    void settle(long tier1) {
        long keep = tier1;
        for (int i = 0; i < recognizers.length; i++) {
            if (recognizers[i].type() == kept) {
                keep |= 1L << i;
            } else if (counts.valid[i] < KEEP_SHARE * counts.exhaustiveTested(i, counts.checked)) {
                counts.prune(i, counts.checked);
            }
        }
        counts.materialise();
        counts.sampledMask = counts.activeMask & ~keep;
        settled = true;
    }

    /**
     * Takes over the tally of the values after this one's. Tiers are decided once, on the first values: when
     * this side settled, its tiers stand and the recognisers it pruned keep only its counts (exactly what one
     * tally fed both would hold); else {@code later}'s tiers are taken, decided on nearly the same values.
     *
     * @return true when neither side had settled and the caller should settle the merged column now
     */
    boolean absorb(RecognizerTally later) {
        RecognizerCounts mine = counts;
        boolean useMine = settled || !later.settled;
        long active = useMine ? mine.activeMask : later.counts.activeMask;
        long sampledMask = useMine ? mine.sampledMask : later.counts.sampledMask;
        mine.absorb(later.counts, settled ? ~mine.activeMask : 0, active, sampledMask);
        boolean unsettled = !settled && !later.settled;
        settled |= later.settled;
        return unsettled && mine.checked >= SETTLE;
    }

    /** True when some recogniser other than the given free-text ones validated most values. */
    boolean structured(double share, List<SemanticType> freeText) {
        for (int i = 0; i < recognizers.length; i++) {
            if (counts.checked > 0 && share(i, false) >= share && !freeText.contains(recognizers[i].type())) {
                return true;
            }
        }
        return false;
    }

    long checked() {
        return counts.checked;
    }

    /** One more checked value (not empty, not a placeholder). */
    void checkedOne() {
        counts.checked++;
    }

    /** A settled column's value without a cached tier-2 outcome; {@code drawn} when tier 2 tests it. */
    void uncached(boolean drawn) {
        counts.population++;
        counts.sampled += drawn ? 1 : 0;
    }

    int indexOf(SemanticType type) {
        for (int i = 0; i < recognizers.length; i++) {
            if (recognizers[i].type() == type) {
                return i;
            }
        }
        return -1;
    }

    private double share(int i, boolean shape) {
        return shape ? counts.share(i, counts.shape, counts.sampledShape) : counts.share(i, counts.valid, counts.sampledValid);
    }

    /** Share of the checked values that have the type's shape (0 when the type has no recogniser). */
    double shapeShare(SemanticType type) {
        int i = indexOf(type);
        return i < 0 ? 0 : share(i, true);
    }

    /** Share of the checked values that pass the type's validation (an estimate for a tier-2 recogniser). */
    double validShare(SemanticType type) {
        int i = indexOf(type);
        return i < 0 ? 0 : share(i, false);
    }

    /** Values the type's recogniser tested: outright, plus its sample. */
    long testedCount(SemanticType type) {
        int i = indexOf(type);
        return i < 0 ? 0 : counts.exhaustiveTested(i, counts.checked) + counts.sampledTested(i);
    }

    long shapeCount(SemanticType type) {
        int i = indexOf(type);
        return i < 0 ? 0 : counts.shape[i] + counts.sampledShape[i];
    }

    long validCount(SemanticType type) {
        int i = indexOf(type);
        return i < 0 ? 0 : counts.valid[i] + counts.sampledValid[i];
    }

    /** The largest tier-2 population of the recognisers and its sample: {population, sampled}. */
    long[] tier2Sample() {
        long[] best = {0, 0};
        for (int i = 0; i < recognizers.length; i++) {
            if (counts.population(i) > best[0]) {
                best[0] = counts.population(i);
                best[1] = counts.sampledTested(i);
            }
        }
        return best;
    }

    /** Tier-2 values sampled for a type's recogniser, 0 when it tests every value (its share is exact). */
    long sampleSize(SemanticType type) {
        int i = indexOf(type);
        return i < 0 ? 0 : counts.population(i) == 0 ? 0 : counts.sampledTested(i);
    }
}
