package org.telisik.core.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Running state of one column: counts, distinct values, lengths, recogniser hits and raw example values.
 * Memory is bounded: exact value counts are kept up to {@link #EXACT_LIMIT} distinct values, after which
 * only a {@link HyperLogLog} sketch goes on counting distinct values.
 */
final class ColumnAccumulator {
    static final int EXACT_LIMIT = 50_000;
    static final int EXAMPLES = 5;

    final String name;
    private final List<ValueRecognizer> recognizers;
    private final long[] shape;
    private final long[] valid;
    private Map<String, Long> exactCounts = new HashMap<>();
    private final HyperLogLog sketch = new HyperLogLog();
    private final List<String> examples = new ArrayList<>(EXAMPLES);
    long nonEmpty;
    long empty;
    private long lengthMin = Long.MAX_VALUE;
    private long lengthMax;
    private long lengthSum;

    ColumnAccumulator(String name, List<ValueRecognizer> recognizers, long emptyBefore) {
        this.name = name;
        this.recognizers = recognizers;
        this.shape = new long[recognizers.size()];
        this.valid = new long[recognizers.size()];
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
        sketch.add(value);
        if (exactCounts != null) {
            Long before = exactCounts.merge(value, 1L, Long::sum);
            if (before == 1L && examples.size() < EXAMPLES) {
                examples.add(value);
            }
            if (exactCounts.size() > EXACT_LIMIT) {
                exactCounts = null; // from here on the sketch alone counts distinct values
            }
        }
        for (int i = 0; i < recognizers.size(); i++) {
            ValueRecognizer.Match m = recognizers.get(i).test(value);
            if (m != ValueRecognizer.Match.NONE) {
                shape[i]++;
                if (m == ValueRecognizer.Match.VALID) {
                    valid[i]++;
                }
            }
        }
    }

    boolean distinctExact() {
        return exactCounts != null;
    }

    long distinct() {
        return exactCounts != null ? exactCounts.size() : Math.max(sketch.estimate(), EXACT_LIMIT);
    }

    List<ValueRecognizer> recognizers() {
        return recognizers;
    }

    long shapeCount(int i) {
        return shape[i];
    }

    long validCount(int i) {
        return valid[i];
    }

    List<String> rawExamples() {
        return examples;
    }

    /** Most frequent values with their counts, only while counts are exact; empty after that. */
    Map<String, Long> topValues(int k) {
        if (exactCounts == null) {
            return Map.of();
        }
        Map<String, Long> top = new LinkedHashMap<>();
        exactCounts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(k)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        return top;
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
