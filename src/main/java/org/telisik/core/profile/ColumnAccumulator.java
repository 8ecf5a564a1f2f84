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
 * phone operators, the identifiers found in free text and the values holding a valid identifier (mixed
 * columns). While top values are exact, a repeated value reuses what its entry cached instead of being
 * recognised again ({@link ValueEntry}).
 *
 * <p>Two tiers: every value pays for its length, emptiness, placeholder test, shape, top-value count and the
 * tier-1 recognisers; once the column settled ({@link RecognizerTally#SETTLE} values), the tier-2 work (the
 * other recognisers, identifiers inside values, free-text scans) runs only on the values the dataset drew for
 * its sample and on cached repeats, and its figures become estimates with their sample size.
 */
final class ColumnAccumulator {
    static final int EXACT_LIMIT = 10_000;
    static final int EXAMPLES = 5;
    static final List<SemanticType> FREE_TEXT = List.of(SemanticType.FINDINGS, SemanticType.CLINICAL_INFO,
            SemanticType.TEXT, SemanticType.EXAM);

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
    final List<String> examples = new ArrayList<>(EXAMPLES);
    private final List<ValueRecognizer> recognizers;
    private final int nikIndex;
    private final int dateIndex;
    private final int numberIndex;
    private final int phoneIndex;
    long nonEmpty;
    long empty;
    long placeholders;
    long apostrophes;
    /** False once the first values show a structured type (names, dates ...) rather than free text. */
    boolean scanText = true;
    long lengthMin = Long.MAX_VALUE;
    long lengthMax;
    long lengthSum;

    ColumnAccumulator(String name, SemanticType headerType, List<ValueRecognizer> recognizers, NikValidator validator,
                      long emptyBefore) {
        this.name = name;
        this.headerType = headerType;
        this.recognizers = recognizers;
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

    /** @param drawn whether this value's row is in the dataset's tier-2 sample */
    void add(String raw, boolean drawn) {
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
        int at = topValues.add(value);
        long[] e = topValues.entries();
        boolean known = at >= 0 && e[at + ValueEntry.KNOWN] != 0;
        if (known ? e[at + ValueEntry.KNOWN] < 0 : isNewPlaceholder(value, e, at)) {
            placeholders++;
            if (known) {
                shapes.addToSlot((int) -e[at + ValueEntry.KNOWN] - 2);
            }
            return;
        }
        if (known) {
            shapes.addToSlot((int) e[at + ValueEntry.KNOWN] - 2);
        }
        if (len > 1 && value.charAt(0) == '\'') {
            apostrophes++;
            value = value.substring(1); // Excel's text marker is not part of the value
        }
        tally.checkedOne();
        long validBits = ValueEntry.recognise(tally, value, e, at, known, drawn);
        credentials.add(value);
        ValueEntry.scanInside(inside, value, e, at, validBits, tally.settled(), drawn);
        if (scanText && len >= 20 && value.indexOf(' ') > 0) {
            ValueEntry.scanText(textIdentifiers, value, e, at, tally.settled(), drawn);
        }
        if (!tally.settled() && tally.checked() >= RecognizerTally.SETTLE) {
            settle();
        }
    }

    /** Decides the tiers and whether free text is scanned, on the first values. */
    void settle() {
        tally.settle(Tiers.tier1(this, recognizers));
        scanText = !tally.structured(0.8, FREE_TEXT);
    }

    /** Shape and placeholder test of a value seen for the first time; remembered in its entry. */
    private boolean isNewPlaceholder(String value, long[] e, int at) {
        int shapeSlot = shapes.add(value);
        boolean placeholder = Placeholders.is(value);
        if (at >= 0) {
            e[at + ValueEntry.KNOWN] = placeholder ? -(shapeSlot + 2) : shapeSlot + 2;
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
