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
        if (++checked == PRUNE_AFTER + 1) {
            prune();
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

    private void prune() {
        long seen = checked - 1;
        for (int i = 0; i < recognizers.length; i++) {
            if (valid[i] < KEEP_SHARE * seen && recognizers[i].type() != kept) {
                activeMask &= ~(1L << i);
            }
        }
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
        return (activeMask & 1L << i) != 0 ? checked : PRUNE_AFTER;
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
