package org.telisik.core.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Value counts of one column in bounded memory: exact up to {@code exactLimit} distinct values, then a
 * Space-Saving sketch (Metwally et al. 2005) of {@link #CAPACITY} counters seeded with the exact top values.
 * The sketch's counts may overestimate a value by at most the count it inherited; any value more frequent
 * than rows / CAPACITY is guaranteed to be kept.
 */
final class TopValues {
    static final int CAPACITY = 512;
    private final int exactLimit;
    private Map<String, long[]> exact = new HashMap<>();
    private SpaceSaving sketch;

    TopValues(int exactLimit) {
        this.exactLimit = exactLimit;
    }

    /** Counts a value; true when it is seen for the first time while counts are exact. */
    boolean add(String value) {
        if (exact == null) {
            sketch.add(value);
            return false;
        }
        long[] count = exact.get(value);
        if (count != null) {
            count[0]++;
            return false;
        }
        exact.put(value, new long[] {1});
        if (exact.size() > exactLimit) {
            switchToSketch();
        }
        return true;
    }

    boolean exact() {
        return exact != null;
    }

    /** Distinct values counted exactly; only meaningful while {@link #exact()}. */
    int exactDistinct() {
        return exact == null ? -1 : exact.size();
    }

    /** The k most frequent values with their counts, most frequent first, ties by value. */
    Map<String, Long> top(int k) {
        List<Map.Entry<String, Long>> entries = new ArrayList<>();
        if (exact != null) {
            exact.forEach((v, c) -> entries.add(Map.entry(v, c[0])));
        } else {
            sketch.forEach((v, c) -> entries.add(Map.entry(v, c)));
        }
        entries.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> top = new LinkedHashMap<>();
        for (int i = 0; i < Math.min(k, entries.size()); i++) {
            top.put(entries.get(i).getKey(), entries.get(i).getValue());
        }
        return top;
    }

    private void switchToSketch() {
        sketch = new SpaceSaving(CAPACITY);
        exact.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparingLong((long[] c) -> c[0]).reversed()))
                .limit(CAPACITY)
                .forEach(e -> sketch.seed(e.getKey(), e.getValue()[0]));
        exact = null;
    }
}
