package org.telisik.core.profile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.PhoneNumbers;
import org.telisik.core.model.SemanticType;

/**
 * Running state of one column, fixed in size whatever the number of rows: counts, lengths, value shapes,
 * recogniser hits ({@link RecognizerTally}), top values (exact up to {@link #EXACT_LIMIT} distinct values,
 * then a Space-Saving sketch), a {@link HyperLogLog} distinct count, number and date ranges, a NIK summary,
 * phone operators, the identifiers found in free text and the values holding a valid identifier (mixed columns). While top values are exact, a repeated value
 * reuses the recogniser outcomes cached in its entry instead of being recognised again.
 */
final class ColumnAccumulator {
    static final int EXACT_LIMIT = 10_000;
    static final int EXAMPLES = 5;
    private static final List<SemanticType> FREE_TEXT = List.of(SemanticType.FINDINGS, SemanticType.CLINICAL_INFO,
            SemanticType.TEXT, SemanticType.EXAM);
    /** Slots of a value's entry in {@link TopValues}: recogniser shape bits, valid bits, shape slot state. */
    private static final int SHAPES = 1;
    private static final int VALID = 2;
    /** The value's shape slot + 2, negated for a placeholder; 0 until the value is first seen. */
    private static final int KNOWN = 3;
    /** What {@link TextIdentifiers#scan} found in the value; 0 until it was scanned. */
    private static final int TEXT_FOUND = 4;
    /** What {@link IdentifiersInside#scan} found in the value; 0 until it was scanned. */
    private static final int INSIDE_FOUND = 5;

    final String name;
    final SemanticType headerType;
    final RecognizerTally tally;
    final HyperLogLog sketch = new HyperLogLog();
    final TopValues topValues = new TopValues(EXACT_LIMIT, sketch);
    final ShapeCounter shapes = new ShapeCounter();
    final ValueRanges ranges = new ValueRanges();
    final NikSummary nik;
    final TextIdentifiers textIdentifiers;
    final IdentifiersInside inside;
    final long[] operators = new long[PhoneNumbers.OPERATORS.size()];
    final CredentialTally credentials = new CredentialTally();
    private final int nikIndex;
    private final int dateIndex;
    private final int numberIndex;
    private final int phoneIndex;
    private final List<String> examples = new ArrayList<>(EXAMPLES);
    long nonEmpty;
    long empty;
    long placeholders;
    long apostrophes;
    /** False once the first values show a structured type (names, dates ...) rather than free text. */
    private boolean scanText = true;
    /** True once {@link #scanText} was decided, after the first {@link RecognizerTally#PRUNE_AFTER} values. */
    private boolean textDecided;
    private long lengthMin = Long.MAX_VALUE;
    private long lengthMax;
    private long lengthSum;

    ColumnAccumulator(String name, SemanticType headerType, List<ValueRecognizer> recognizers, NikValidator validator,
                      long emptyBefore) {
        this.name = name;
        this.headerType = headerType;
        this.tally = new RecognizerTally(recognizers, this::observe);
        if (headerType != null) {
            tally.keep(SemanticClassifier.validatorOf(headerType));
        }
        this.nikIndex = Recognizers.indexOf(recognizers, SemanticType.NIK);
        this.dateIndex = Recognizers.indexOf(recognizers, SemanticType.DATE);
        this.numberIndex = Recognizers.indexOf(recognizers, SemanticType.NUMBER);
        this.phoneIndex = Recognizers.indexOf(recognizers, SemanticType.PHONE);
        this.nik = new NikSummary(validator);
        this.textIdentifiers = new TextIdentifiers(validator);
        this.inside = new IdentifiersInside(validator, recognizers);
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
        if (known ? entry[KNOWN] < 0 : isNewPlaceholder(value, entry)) {
            placeholders++;
            if (known) {
                shapes.addToSlot((int) -entry[KNOWN] - 2);
            }
            return;
        }
        if (known) {
            shapes.addToSlot((int) entry[KNOWN] - 2);
        }
        if (len > 1 && value.charAt(0) == '\'') {
            apostrophes++;
            value = value.substring(1); // Excel's text marker is not part of the value
        }
        if (known) {
            tally.count(value, entry[SHAPES], entry[VALID]);
        } else {
            tally.recognise(value);
            if (entry != null) {
                entry[SHAPES] = tally.lastShapeBits;
                entry[VALID] = tally.lastValidBits;
            }
        }
        credentials.add(value);
        if (entry != null && entry[INSIDE_FOUND] != 0) {
            inside.repeat(entry[INSIDE_FOUND]);
        } else {
            long found = inside.scan(value, known ? entry[VALID] : tally.lastValidBits);
            if (entry != null) {
                entry[INSIDE_FOUND] = found;
            }
        }
        if (scanText && len >= 20 && value.indexOf(' ') > 0) {
            if (entry != null && entry[TEXT_FOUND] != 0) {
                textIdentifiers.repeat(entry[TEXT_FOUND]);
            } else {
                long found = textIdentifiers.scan(value);
                if (entry != null) {
                    entry[TEXT_FOUND] = found;
                }
            }
        }
        if (!textDecided && tally.checked() >= RecognizerTally.PRUNE_AFTER) {
            decideText();
        }
    }

    private void decideText() {
        scanText = !tally.structured(0.8, FREE_TEXT);
        textDecided = true;
    }

    /**
     * Takes over the state of the same column fed the records after this one's ({@code later} is not used
     * afterwards). Counts add; examples are this side's, then those of {@code later}'s first values that this
     * side had not seen, while exact, as one accumulator would have taken them; cached slots of entries are
     * remapped to the merged shape table. Whether to scan free text is decided once, on the first values: when
     * this side decided, its decision stands (a "no" drops {@code later}'s scan, which one accumulator would not
     * have made); else {@code later}'s decision is taken, made on nearly the same values.
     */
    void absorb(ColumnAccumulator later) {
        for (String e : later.examples) {
            if (examples.size() < EXAMPLES && topValues.exact() && !topValues.hasExact(e)) {
                examples.add(e);
            }
        }
        int[] slots = shapes.absorb(later.shapes);
        topValues.absorb(later.topValues, e -> {
            long k = e[KNOWN];
            if (k != 0) {
                int slot = (int) Math.abs(k) - 2;
                long moved = (slot < 0 ? -1 : slots[slot]) + 2;
                e[KNOWN] = k < 0 ? -moved : moved;
            }
        });
        if (!textDecided || scanText) {
            textIdentifiers.absorb(later.textIdentifiers);
        }
        boolean decided = textDecided;
        tally.absorb(later.tally);
        if (!decided && later.textDecided) {
            scanText = later.scanText;
            textDecided = true;
        } else if (!decided && tally.checked() >= RecognizerTally.PRUNE_AFTER) {
            decideText();
        }
        ranges.absorb(later.ranges);
        nik.absorb(later.nik);
        inside.absorb(later.inside);
        credentials.absorb(later.credentials);
        Counts.add(operators, later.operators);
        nonEmpty += later.nonEmpty;
        empty += later.empty;
        placeholders += later.placeholders;
        apostrophes += later.apostrophes;
        lengthMin = Math.min(lengthMin, later.lengthMin);
        lengthMax = Math.max(lengthMax, later.lengthMax);
        lengthSum += later.lengthSum;
    }

    /** Shape and placeholder test of a value seen for the first time; remembered in its entry. */
    private boolean isNewPlaceholder(String value, long[] entry) {
        int shapeSlot = shapes.add(value);
        boolean placeholder = Placeholders.is(value);
        if (entry != null) {
            entry[KNOWN] = placeholder ? -(shapeSlot + 2) : shapeSlot + 2;
            if (!placeholder && examples.size() < EXAMPLES) {
                examples.add(value);
            }
        }
        return placeholder;
    }

    /**
     * Per-type summaries of a valid value: NIK decode, date and number ranges, phone operators. They reuse the
     * recogniser's decoding when it just made one (see {@link Recognizers}); a repeated value is decoded anew.
     */
    private void observe(int i, String value, boolean decoded, long decoding) {
        if (i == nikIndex) {
            nik.add(decoded ? decoding : nik.decode(value));
        } else if (i == dateIndex) {
            ranges.addDate(decoded ? decoding : DateParser.parse(value));
        } else if (i == numberIndex) {
            ranges.addNumber(value, decoded ? Double.longBitsToDouble(decoding) : ValueRanges.parseNumber(value));
        } else if (i == phoneIndex) {
            int operator = PhoneNumbers.operatorIndex(decoded ? decoding : PhoneNumbers.nationalNumber(value));
            if (operator >= 0) {
                operators[operator]++;
            }
        }
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
