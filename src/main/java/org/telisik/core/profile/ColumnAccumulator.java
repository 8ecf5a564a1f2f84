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
 * identifiers found in free text. After {@link #PRUNE_AFTER} checked values, recognisers that matched under
 * 1% of them stop being asked; their shares stay computed over the values they saw.
 */
final class ColumnAccumulator {
    static final int EXACT_LIMIT = 50_000;
    static final int EXAMPLES = 5;
    static final int PRUNE_AFTER = 2_000;

    final String name;
    final SemanticType headerType;
    private final ValueRecognizer[] recognizers;
    private final long[] shape;
    private final long[] valid;
    private final long[] tested;
    private final boolean[] active;
    private final int nikIndex;
    private final int dateIndex;
    private final int numberIndex;
    private final int phoneIndex;
    final TopValues topValues = new TopValues(EXACT_LIMIT);
    final HyperLogLog sketch = new HyperLogLog();
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
    private long lengthMin = Long.MAX_VALUE;
    private long lengthMax;
    private long lengthSum;

    ColumnAccumulator(String name, SemanticType headerType, List<ValueRecognizer> recognizers, NikValidator validator,
                      long emptyBefore) {
        this.name = name;
        this.headerType = headerType;
        this.recognizers = recognizers.toArray(new ValueRecognizer[0]);
        int n = recognizers.size();
        this.shape = new long[n];
        this.valid = new long[n];
        this.tested = new long[n];
        this.active = new boolean[n];
        java.util.Arrays.fill(active, true);
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
        if (topValues.add(value) && examples.size() < EXAMPLES && !Placeholders.is(value)) {
            examples.add(value);
        }
        sketch.add(value);
        shapes.add(value);
        if (Placeholders.is(value)) {
            placeholders++;
            return;
        }
        if (len > 1 && value.charAt(0) == '\'') {
            apostrophes++;
            value = value.substring(1); // Excel's text marker is not part of the value
        }
        checked++;
        recognise(value);
        if (len >= 20 && value.indexOf(' ') > 0) {
            textIdentifiers.scan(value);
        }
        if (checked == PRUNE_AFTER) {
            prune();
        }
    }

    private void recognise(String value) {
        for (int i = 0; i < recognizers.length; i++) {
            if (!active[i]) {
                continue;
            }
            tested[i]++;
            Match m = recognizers[i].test(value);
            if (m == Match.NONE) {
                continue;
            }
            shape[i]++;
            if (m != Match.VALID) {
                continue;
            }
            valid[i]++;
            if (i == nikIndex) {
                nik.add(value);
            } else if (i == dateIndex) {
                ranges.addDate(DateParser.parse(value));
            } else if (i == numberIndex) {
                ranges.addNumber(value);
            } else if (i == phoneIndex) {
                String operator = PhoneNumbers.operator(value);
                if (operator != null) {
                    operators[PhoneNumbers.OPERATORS.indexOf(operator)]++;
                }
            }
        }
    }

    private void prune() {
        for (int i = 0; i < recognizers.length; i++) {
            active[i] = shape[i] * 100 >= checked;
        }
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
        return i < 0 || tested[i] == 0 ? 0 : (double) shape[i] / tested[i];
    }

    /** Share of the checked values that pass the type's validation. */
    double validShare(SemanticType type) {
        int i = indexOf(type);
        return i < 0 || tested[i] == 0 ? 0 : (double) valid[i] / tested[i];
    }

    /** Values the type's recogniser saw: all checked ones, unless it was pruned after a poor start. */
    long testedCount(SemanticType type) {
        int i = indexOf(type);
        return i < 0 ? 0 : tested[i];
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
