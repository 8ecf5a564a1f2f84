package org.telisik.core.profile;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ObjIntConsumer;
import org.telisik.core.sampling.OneInN;

/**
 * Value counts of one column in bounded memory: exact up to {@code exactLimit} distinct values, then a
 * Space-Saving sketch (Metwally et al. 2005) of {@link #CAPACITY} counters seeded with the exact top values.
 * The sketch's counts may overestimate a value by at most the count it inherited; any value more frequent
 * than rows / CAPACITY is guaranteed to be kept. The distinct-count {@link HyperLogLog} is fed only from the
 * switch on (with every exact key at the switch), since the exact map counts distinct values until then.
 *
 * <p>While exact, each value's entry also caches what the column learnt about it ({@link #ENTRY_SIZE} longs:
 * count, then free slots for the caller), so that a repeated value need not be recognised again. The entries
 * lie in one array ({@link #entries()}, see {@link ExactCounts}); a value's entry is known by its offset there.
 */
final class TopValues {
    static final int CAPACITY = 512;
    static final int ENTRY_SIZE = ExactCounts.ENTRY_SIZE;
    /**
     * After the switch the sketch sees a random eighth of the values, each counted 8 times: heavy values
     * still stand out, at an eighth of the cost. Random ({@link OneInN}) rather than every 8th value,
     * so that periodic data cannot alias with the sampling.
     */
    static final int SKETCH_STRIDE = 8;
    private final OneInN sampled = new OneInN(SKETCH_STRIDE);
    private final int exactLimit;
    private final HyperLogLog distinct;
    private ExactCounts exact;
    private SpaceSaving sketch;

    TopValues(int exactLimit, HyperLogLog distinct) {
        this.exactLimit = exactLimit;
        this.distinct = distinct;
        this.exact = new ExactCounts(exactLimit + 1);
    }

    /**
     * Counts a value. While counts are exact, returns the offset of the value's entry in {@link #entries()}
     * (slot 0 is its count, 1 when first seen; the other slots start at 0 and belong to the caller); -1 once the
     * sketch has taken over.
     */
    int add(String value) {
        if (exact == null) {
            if (sampled.next()) {
                sketch.add(value, SKETCH_STRIDE);
            }
            distinct.add(value);
            return -1;
        }
        int at = exact.add(value);
        if (exact.size() > exactLimit) {
            switchToSketch();
            return -1;
        }
        return at;
    }

    /** The entries while exact (the array may be replaced by the next {@link #add}); null once sketched. */
    long[] entries() {
        return exact == null ? null : exact.entries();
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
            long[] e = exact.entries();
            for (int n = 0; n < exact.size(); n++) {
                entries.add(Map.entry(exact.key(n), e[n * ENTRY_SIZE]));
            }
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
     * @param adopt gets each entry of {@code later} whose value this side had not seen (array and offset), before
     *              it joins
     */
    void absorb(TopValues later, ObjIntConsumer<long[]> adopt) {
        if (exact != null && later.exact != null) {
            long[] theirs = later.exact.entries();
            for (int n = 0; n < later.exact.size(); n++) {
                String v = later.exact.key(n);
                int e = n * ENTRY_SIZE;
                int at = exact.find(v);
                if (at < 0) {
                    adopt.accept(theirs, e);
                    exact.adopt(v, theirs, e);
                } else {
                    long[] mine = exact.entries();
                    mine[at] += theirs[e];
                    for (int s = 1; s < ENTRY_SIZE; s++) {
                        mine[at + s] = mine[at + s] == 0 ? theirs[e + s] : mine[at + s];
                    }
                }
            }
            if (exact.size() > exactLimit) {
                switchToSketch();
            }
            return;
        }
        if (exact != null) {
            addKeys(exact);
        }
        if (later.exact != null) {
            addKeys(later.exact);
        } else {
            distinct.merge(later.distinct);
        }
        sketch = SpaceSaving.merge(CAPACITY, counts(), exact != null ? 0 : sketch.floor(),
                later.counts(), later.exact != null ? 0 : later.sketch.floor());
        exact = null;
    }

    /** Whether a value is among the exact counts (false once sketched). */
    boolean hasExact(String value) {
        return exact != null && exact.find(value) >= 0;
    }

    private Map<String, Long> counts() {
        if (exact == null) {
            return sketch.counts();
        }
        Map<String, Long> m = new HashMap<>(exact.size() * 2);
        long[] e = exact.entries();
        for (int n = 0; n < exact.size(); n++) {
            m.put(exact.key(n), e[n * ENTRY_SIZE]);
        }
        return m;
    }

    private void addKeys(ExactCounts counts) {
        for (int n = 0; n < counts.size(); n++) {
            distinct.add(counts.key(n));
        }
    }

    /** Seeds the sketch with the most counted values, ties in order of first sight ({@link CountOrder}). */
    private void switchToSketch() {
        addKeys(exact);
        sketch = new SpaceSaving(CAPACITY);
        long[] e = exact.entries();
        int[] order = CountOrder.mostCountedFirst(e, ENTRY_SIZE, exact.size());
        for (int k = 0; k < Math.min(CAPACITY, order.length); k++) {
            sketch.seed(exact.key(order[k]), e[order[k] * ENTRY_SIZE]);
        }
        exact = null;
    }
}
