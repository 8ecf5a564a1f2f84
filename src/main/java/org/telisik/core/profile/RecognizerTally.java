package org.telisik.core.profile;

import java.util.List;
import org.telisik.core.model.SemanticType;
import org.telisik.core.profile.ValueRecognizer.Match;

/**
 * How many of a column's checked values each recogniser found shaped and valid. The outcomes of a value are
 * two bit masks (bit i: recogniser i), which the caller may cache for repeated values. After
 * {@link #PRUNE_AFTER} values only the recognisers that can still decide the column stay active; the shares
 * of the others remain those of the first values.
 */
final class RecognizerTally {
    static final int PRUNE_AFTER = 2_000;
    static final double KEEP_SHARE = 0.05;

    /**
     * Gets each valid value with the index of the recogniser that validated it and, when {@code decoded} is
     * true, the {@link DecodingRecognizer#decode decoding} that recogniser just made of it.
     */
    interface ValidValues {
        void accept(int recognizer, String value, boolean decoded, long decoding);
    }

    private final ValueRecognizer[] recognizers;
    /** recognizers[i] when it decodes, else null. */
    private final DecodingRecognizer[] decoders;
    /** Decodings of the value being recognised, by recogniser. */
    private final long[] decodings;
    private final long[] shape;
    private final long[] valid;
    private final ValidValues validValues;
    /** Bit i set while recogniser i is asked; every checked value is tested by all active recognisers. */
    private long activeMask;
    private long checked;
    private boolean pruned;
    /**
     * Per recogniser: while active, the checked values it did not test (0 unless a later chunk that had pruned
     * it was absorbed); once pruned, the values it tested. See {@link #tested}.
     */
    private final long[] untested;

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
        this.shape = new long[recognizers.size()];
        this.valid = new long[recognizers.size()];
        this.untested = new long[recognizers.size()];
        this.validValues = validValues;
        this.activeMask = recognizers.size() == Long.SIZE ? -1L : (1L << recognizers.size()) - 1;
    }

    /** Outcome bits of the last {@link #recognise}d value, for the caller's cache. */
    long lastShapeBits;
    long lastValidBits;

    /** Runs the active recognisers on a value and counts it; the outcome is left in the last*Bits fields. */
    void recognise(String value) {
        long shapeBits = 0;
        long validBits = 0;
        long bits = activeMask;
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
        count(value, shapeBits, validBits, true);
    }

    /** Counts a value whose outcomes are known from a cache (a repeated value). */
    void count(String value, long shapeBits, long validBits) {
        count(value, shapeBits, validBits, false);
    }

    private void count(String value, long shapeBits, long validBits, boolean fresh) {
        if (++checked > PRUNE_AFTER && !pruned) {
            prune(checked - 1);
        }
        long bits = shapeBits & activeMask;
        while (bits != 0) {
            int i = Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            shape[i]++;
            if ((validBits & 1L << i) != 0) {
                valid[i]++;
                boolean decoded = fresh && decoders[i] != null;
                validValues.accept(i, value, decoded, decoded ? decodings[i] : 0);
            }
        }
    }

    /** The header's recogniser always stays, so that its validity covers every value. */
    private SemanticType kept;

    void keep(SemanticType type) {
        this.kept = type;
    }

    /** Drops the recognisers that validated too few of the first {@code seen} values; their counts stay. */
    private void prune(long seen) {
        for (int i = 0; i < recognizers.length; i++) {
            if (valid[i] < KEEP_SHARE * tested(i, seen) && recognizers[i].type() != kept) {
                untested[i] = tested(i, seen);
                activeMask &= ~(1L << i);
            }
        }
        pruned = true;
    }

    /**
     * Takes over the counts of {@code later}, the tally of the values after this one's. The sequential tally
     * prunes once, after the first {@link #PRUNE_AFTER} values: when that happened here, the same recognisers
     * stay pruned and keep only this side's counts (exactly what one tally would hold), and the ones kept add
     * {@code later}'s. When it happened only in {@code later}, its choice stands, made on nearly the same values.
     * Counts are sums either way, and each recogniser's tested count is what it really tested, so its shares are
     * the sequential ones or, for a recogniser one side pruned, an estimate from the values it did test.
     */
    void absorb(RecognizerTally later) {
        long mask = pruned ? activeMask : later.pruned ? later.activeMask : activeMask;
        long all = checked + later.checked;
        for (int i = 0; i < recognizers.length; i++) {
            boolean keepMine = pruned && !active(i);
            long tested = keepMine ? tested(i) : tested(i) + later.tested(i);
            if (!keepMine) {
                shape[i] += later.shape[i];
                valid[i] += later.valid[i];
            }
            untested[i] = (mask & 1L << i) != 0 ? all - tested : tested;
        }
        activeMask = mask;
        checked = all;
        if (!pruned && !later.pruned && checked > PRUNE_AFTER) {
            prune(checked);
        }
        pruned |= later.pruned;
    }

    private boolean active(int i) {
        return (activeMask & 1L << i) != 0;
    }

    /** True when some recogniser other than the given free-text ones validated most values. */
    boolean structured(double share, List<SemanticType> freeText) {
        for (int i = 0; i < recognizers.length; i++) {
            if (valid[i] >= share * checked && checked > 0 && !freeText.contains(recognizers[i].type())) {
                return true;
            }
        }
        return false;
    }

    long checked() {
        return checked;
    }

    /** Values recogniser i saw: all checked ones while active; a pruned one stopped at {@link #PRUNE_AFTER}. */
    private long tested(int i) {
        return tested(i, checked);
    }

    private long tested(int i, long seen) {
        return active(i) ? seen - untested[i] : untested[i];
    }

    int indexOf(SemanticType type) {
        for (int i = 0; i < recognizers.length; i++) {
            if (recognizers[i].type() == type) {
                return i;
            }
        }
        return -1;
    }

    /** Share of the checked values that have the type's shape (0 when the type has no recogniser). */
    double shapeShare(SemanticType type) {
        int i = indexOf(type);
        return i < 0 || tested(i) == 0 ? 0 : (double) shape[i] / tested(i);
    }

    /** Share of the checked values that pass the type's validation. */
    double validShare(SemanticType type) {
        int i = indexOf(type);
        return i < 0 || tested(i) == 0 ? 0 : (double) valid[i] / tested(i);
    }

    long testedCount(SemanticType type) {
        int i = indexOf(type);
        return i < 0 ? 0 : tested(i);
    }

    long shapeCount(SemanticType type) {
        int i = indexOf(type);
        return i < 0 ? 0 : shape[i];
    }

    long validCount(SemanticType type) {
        int i = indexOf(type);
        return i < 0 ? 0 : valid[i];
    }
}
