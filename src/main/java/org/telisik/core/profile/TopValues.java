package org.telisik.core.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.telisik.core.sampling.OneInN;

/**
 * Value counts of one column in bounded memory: exact up to {@code exactLimit} distinct values, then a
 * Space-Saving sketch (Metwally et al. 2005) of {@link #CAPACITY} counters seeded with the exact top values.
 * The sketch's counts may overestimate a value by at most the count it inherited; any value more frequent
 * than rows / CAPACITY is guaranteed to be kept. The distinct-count {@link HyperLogLog} is fed only from the
 * switch on (with every exact key at the switch), since the exact map counts distinct values until then.
 *
 * <p>While exact, each value's entry also caches what the column learnt about it ({@link #ENTRY_SIZE} longs:
 * count, then free slots for the caller), so that a repeated value need not be recognised again.
 */
final class TopValues {
    static final int CAPACITY = 512;
    static final int ENTRY_SIZE = 6;
    /**
     * After the switch the sketch sees a random eighth of the values, each counted 8 times: heavy values
     * still stand out, at an eighth of the cost. Random ({@link OneInN}) rather than every 8th value,
     * so that periodic data cannot alias with the sampling.
     */
    static final int SKETCH_STRIDE = 8;
    private final OneInN sampled = new OneInN(SKETCH_STRIDE);
    private final int exactLimit;
    private final HyperLogLog distinct;
    private Map<String, long[]> exact = new HashMap<>();
    private SpaceSaving sketch;

    TopValues(int exactLimit, HyperLogLog distinct) {
        this.exactLimit = exactLimit;
        this.distinct = distinct;
    }

    /**
     * Counts a value. While counts are exact, returns the value's entry (entry[0] is its count, 1 when first
     * seen; the other slots start at 0 and belong to the caller); null once the sketch has taken over.
     */
    long[] add(String value) {
        if (exact == null) {
            if (sampled.next()) {
                sketch.add(value, SKETCH_STRIDE);
            }
            distinct.add(value);
            return null;
        }
        long[] entry = exact.get(value);
        if (entry != null) {
            entry[0]++;
            return entry;
        }
        entry = new long[ENTRY_SIZE];
        entry[0] = 1;
        exact.put(value, entry);
        if (exact.size() > exactLimit) {
            switchToSketch();
            return null;
        }
        return entry;
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

    /**
     * Takes over the counts of {@code later}, which counted the values that came after this one's. Two exact maps
     * join, switching to the sketch when together they hold more than the exact limit: exactly as one counter fed
     * both would be exact, or not, and its distinct sketch holds every value either way ({@link HyperLogLog#merge}
     * is order-free). A sketched side makes the result a {@link SpaceSaving#merge} of both, within the sketch's
     * error of what one counter would have kept. Entries shared by both keep this side's cached slots.
     *
     * @param adopt gets each entry of {@code later} whose value this side had not seen, before it joins
     */
    void absorb(TopValues later, Consumer<long[]> adopt) {
        if (exact != null && later.exact != null) {
            later.exact.forEach((v, e) -> {
                long[] mine = exact.get(v);
                if (mine == null) {
                    adopt.accept(e);
                    exact.put(v, e);
                } else {
                    mine[0] += e[0];
                    for (int s = 1; s < ENTRY_SIZE; s++) {
                        mine[s] = mine[s] == 0 ? e[s] : mine[s];
                    }
                }
            });
            if (exact.size() > exactLimit) {
                switchToSketch();
            }
            return;
        }
        if (exact != null) {
            exact.keySet().forEach(distinct::add);
        }
        if (later.exact != null) {
            later.exact.keySet().forEach(distinct::add);
        } else {
            distinct.merge(later.distinct);
        }
        sketch = SpaceSaving.merge(CAPACITY, counts(), exact != null ? 0 : sketch.floor(),
                later.counts(), later.exact != null ? 0 : later.sketch.floor());
        exact = null;
    }

    /** Whether a value is among the exact counts (false once sketched). */
    boolean hasExact(String value) {
        return exact != null && exact.containsKey(value);
    }

    private Map<String, Long> counts() {
        if (exact == null) {
            return sketch.counts();
        }
        Map<String, Long> m = new HashMap<>(exact.size() * 2);
        exact.forEach((v, e) -> m.put(v, e[0]));
        return m;
    }

    private void switchToSketch() {
        exact.keySet().forEach(distinct::add);
        sketch = new SpaceSaving(CAPACITY);
        exact.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparingLong((long[] c) -> c[0]).reversed()))
                .limit(CAPACITY)
                .forEach(e -> sketch.seed(e.getKey(), e.getValue()[0]));
        exact = null;
    }
}
