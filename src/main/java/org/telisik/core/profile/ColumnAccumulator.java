package org.telisik.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.PhoneNumbers;
import org.telisik.core.model.SemanticType;
import org.telisik.core.profile.ValueRecognizer.Match;

/**
 * Running state of one column, fixed in size whatever the number of rows: counts, lengths, value shapes,
 * recogniser hits, top values (exact up to {@link #EXACT_LIMIT} distinct values, then a Space-Saving sketch),
 * a {@link HyperLogLog} distinct count, number and date ranges, a NIK summary, phone operators and the
 * identifiers found in free text. After {@link #PRUNE_AFTER} checked values, recognisers that validated under
 * 5% of them stop being asked; their shares stay computed over the values they saw.
 */
final class ColumnAccumulator {
    static final int EXACT_LIMIT = 10_000;
    static final int EXAMPLES = 5;
    static final int PRUNE_AFTER = 2_000;
    static final double KEEP_SHARE = 0.05;

    final String name;
    final SemanticType headerType;
    private final ValueRecognizer[] recognizers;
    private final long[] shape;
    private final long[] valid;
    /** Bit i set while recogniser i is asked; every checked value is tested by all active recognisers. */
    private long activeMask;
    private final int nikIndex;
    private final int dateIndex;
    private final int numberIndex;
    private final int phoneIndex;
    /** Slots of a value's cached entry in {@link TopValues}: recogniser shape bits, valid bits, shape slot state. */
    private static final int SHAPES = 1;
    private static final int VALID = 2;
    private static final int KNOWN = 3;
    // KNOWN holds the value's shape slot + 2, negated for a placeholder; 0 until the value is first seen.
    final HyperLogLog sketch = new HyperLogLog();
    final TopValues topValues = new TopValues(EXACT_LIMIT, sketch);
    final ShapeCounter shapes = new ShapeCounter();
    final ValueRanges ranges = new ValueRanges();
    final NikSummary nik;
    final TextIdentifiers textIdentifiers;
    final long[] operators = new long[PhoneNumbers.OPERATORS.size()];
    private final List<String> examples = new ArrayList<>(EXAMPLES);
    long nonEmpty;
    long empty;
    long placeholders;
    long checked;
    long apostrophes;
    /** False once the first values show a structured type (names, dates ...) rather than free text. */
    private boolean scanText = true;
    private long lengthMin = Long.MAX_VALUE;
    private long lengthMax;
    private long lengthSum;

    ColumnAccumulator(String name, SemanticType headerType, List<ValueRecognizer> recognizers, NikValidator validator,
                      long emptyBefore) {
        this.name = name;
        this.headerType = headerType;
        if (recognizers.size() > Long.SIZE) {
            throw new IllegalArgumentException("at most 64 recognisers fit the cached bit masks");
        }
        this.recognizers = recognizers.toArray(new ValueRecognizer[0]);
        int n = recognizers.size();
        this.shape = new long[n];
        this.valid = new long[n];
        this.activeMask = n == Long.SIZE ? -1L : (1L << n) - 1;
        this.nikIndex = Recognizers.indexOf(recognizers, SemanticType.NIK);
        this.dateIndex = Recognizers.indexOf(recognizers, SemanticType.DATE);
        this.numberIndex = Recognizers.indexOf(recognizers, SemanticType.NUMBER);
        this.phoneIndex = Recognizers.indexOf(recognizers, SemanticType.PHONE);
        this.nik = new NikSummary(validator);
        this.textIdentifiers = new TextIdentifiers(validator);
        this.empty = emptyBefore;
    }

    void add(String raw) {
        String value = raw == null ? "" : raw.strip();
        if (value.isEmpty()) {
            empty++;
            return;
        }
        nonEmpty++;
        int len = value.length();
        lengthMin = Math.min(lengthMin, len);
        lengthMax = Math.max(lengthMax, len);
        lengthSum += len;
        long[] entry = topValues.add(value);
        boolean known = entry != null && entry[KNOWN] != 0;
        if (known) {
            shapes.addToSlot((int) Math.abs(entry[KNOWN]) - 2);
            if (entry[KNOWN] < 0) {
                placeholders++;
                return;
            }
        } else {
            int shapeSlot = shapes.add(value);
            boolean placeholder = Placeholders.is(value);
            if (entry != null) {
                entry[KNOWN] = placeholder ? -(shapeSlot + 2) : shapeSlot + 2;
                if (!placeholder && examples.size() < EXAMPLES) {
                    examples.add(value);
                }
            }
            if (placeholder) {
                placeholders++;
                return;
            }
        }
        if (len > 1 && value.charAt(0) == '\'') {
            apostrophes++;
            value = value.substring(1); // Excel's text marker is not part of the value
        }
        checked++;
        if (known && entry[0] > 1) {
            replay(value, entry[SHAPES], entry[VALID]);
        } else {
            recognise(value, entry);
        }
        if (scanText && len >= 20 && value.indexOf(' ') > 0) {
            textIdentifiers.scan(value);
        }
        if (checked == PRUNE_AFTER) {
            prune();
        }
    }

    private void recognise(String value, long[] entry) {
        long shapeBits = 0;
        long validBits = 0;
        long bits = activeMask;
        while (bits != 0) {
            int i = Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            Match m = recognizers[i].test(value);
            if (m != Match.NONE) {
                shapeBits |= 1L << i;
                validBits |= m == Match.VALID ? 1L << i : 0;
            }
        }
        if (entry != null) {
            entry[SHAPES] = shapeBits;
            entry[VALID] = validBits;
        }
        replay(value, shapeBits, validBits);
    }

    /** Counts a value whose recogniser outcomes are known (just computed, or cached for a repeated value). */
    private void replay(String value, long shapeBits, long validBits) {
        long bits = shapeBits & activeMask;
        while (bits != 0) {
            int i = Long.numberOfTrailingZeros(bits);
            bits &= bits - 1;
            shape[i]++;
            if ((validBits & 1L << i) != 0) {
                valid[i]++;
                observe(i, value);
            }
        }
    }

    /** Per-type summaries that need the value itself: NIK decode, date and number ranges, phone operators. */
    private void observe(int i, String value) {
        if (i == nikIndex) {
            nik.add(value);
        } else if (i == dateIndex) {
            ranges.addDate(DateParser.parse(value));
        } else if (i == numberIndex) {
            ranges.addNumber(value);
        } else if (i == phoneIndex) {
            int operator = PhoneNumbers.operatorIndex(value);
            if (operator >= 0) {
                operators[operator]++;
            }
        }
    }

    /**
     * Keeps asking only the recognisers that can still decide the column: those that validated at least
     * {@link #KEEP_SHARE} of the values so far, and the one the header names. The others' shares stay those
     * of the first {@link #PRUNE_AFTER} values, a sample large enough for the decision.
     */
    private void prune() {
        SemanticType headerValidator = headerType == null ? null : SemanticClassifier.validatorOf(headerType);
        for (int i = 0; i < recognizers.length; i++) {
            if (valid[i] < KEEP_SHARE * checked && recognizers[i].type() != headerValidator) {
                activeMask &= ~(1L << i);
            }
            if (valid[i] >= 0.8 * checked && !EntityTally.isFreeText(recognizers[i].type())
                    && recognizers[i].type() != SemanticType.EXAM) {
                scanText = false;
            }
        }
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

    /** Values the type's recogniser saw: all checked ones, unless it was pruned after a poor start. */
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

    boolean distinctExact() {
        return topValues.exact();
    }

    long distinct() {
        return topValues.exact() ? topValues.exactDistinct() : Math.max(sketch.estimate(), EXACT_LIMIT);
    }

    List<String> rawExamples() {
        return examples;
    }

    Map<String, Long> topValues(int k) {
        return topValues.top(k);
    }

    long lengthMin() {
        return nonEmpty == 0 ? 0 : lengthMin;
    }

    long lengthMax() {
        return lengthMax;
    }

    double lengthMean() {
        return nonEmpty == 0 ? 0 : (double) lengthSum / nonEmpty;
    }
}
