package org.telisik.core.profile;

import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ObjLongConsumer;

/**
 * The Space-Saving heavy-hitters sketch with a fixed number of counters kept in a min-heap, so that a value
 * not yet counted replaces the least counted one in O(log capacity). Counters are found by value through an
 * open-addressing index (at most a quarter full, linear probing, backward-shift deletion) keyed by the
 * value's cached {@link String#hashCode}: a value of a column with many distinct values is new to the sketch
 * almost every time, and a HashMap then allocated a node and a boxed slot for each one.
 *
 * <p>In such a column hundreds of counters tie at the minimum, so the counter that replaces the least counted one
 * sinks to the bottom of the heap (9 levels of 512) on nearly every call. The counts therefore lie in heap order
 * ({@link #counted}), next to each other for the two children compared at each level, and the sinking counter is
 * carried down as a hole rather than swapped; each counter also knows its index position ({@link #at}), so that
 * the evicted value is not looked up again. Same heap, same evictions, same counts as the sketch of swaps it
 * replaced (SpaceSavingEquivalenceTest); an eviction in a column of unique values took 79 ns instead of 94
 * (README, Performance).
 */
final class SpaceSaving {
    private final String[] keys;
    private final int[] hashes;
    /** The counts in heap order: {@code counted[i]} is the count of the counter {@code heap[i]}. */
    private final long[] counted;
    private final int[] heap;
    private final int[] position;
    /** The index position of each counter's slot + 1, kept as the index moves entries back on deletion. */
    private final int[] at;
    /** Slot + 1 of the counter whose value hashes here or probed on from here; 0 when free. */
    private final int[] index;
    private final int mask;
    private int size;

    SpaceSaving(int capacity) {
        keys = new String[capacity];
        hashes = new int[capacity];
        counted = new long[capacity];
        heap = new int[capacity];
        position = new int[capacity];
        at = new int[capacity];
        index = new int[Integer.highestOneBit(Math.max(capacity, 4) * 4 - 1) << 1];
        mask = index.length - 1;
    }

    void seed(String value, long count) {
        insert(value, count);
    }

    /** Counts a value {@code weight} times (a sampled stream gives each sampled value the sampling stride). */
    void add(String value, long weight) {
        int h = value.hashCode();
        int found = probe(value, h);
        if (found >= 0) {
            int i = position[index[found] - 1];
            siftDown(i, counted[i] + weight);
        } else if (size < keys.length) {
            insert(value, weight);
        } else {
            int min = heap[0];
            remove(at[min]);
            keys[min] = value;
            hashes[min] = h;
            int free = home(h);
            while (index[free] != 0) { // the value is not in the index: the first free position from its home
                free = (free + 1) & mask;
            }
            index[free] = min + 1;
            at[min] = free;
            siftDown(0, counted[0] + weight);
        }
    }

    /**
     * The sketch of two streams' counts (the mergeable summaries of Agarwal et al. 2012): a value only one side
     * counted is given the other side's floor (the count it may have had there before being evicted), and the
     * {@code capacity} largest sums are kept. An exact side has floor 0. Overestimates stay within the sum of the
     * floors, and a value more frequent than the whole stream over the capacity is still kept.
     */
    static SpaceSaving merge(int capacity, Map<String, Long> a, long floorA, Map<String, Long> b, long floorB) {
        Map<String, Long> sum = new HashMap<>(a.size() + b.size());
        a.forEach((v, n) -> sum.put(v, n + b.getOrDefault(v, floorB)));
        b.forEach((v, n) -> sum.putIfAbsent(v, n + floorA));
        // the largest sums first, equal sums by value: positions in value order break the ties (CountOrder)
        String[] values = sum.keySet().toArray(new String[0]);
        Arrays.sort(values);
        long[] sums = new long[values.length];
        for (int i = 0; i < values.length; i++) {
            sums[i] = sum.get(values[i]);
        }
        SpaceSaving merged = new SpaceSaving(capacity);
        int[] order = CountOrder.mostCountedFirst(sums, 1, values.length);
        for (int k = 0; k < Math.min(capacity, order.length); k++) {
            merged.seed(values[order[k]], sums[order[k]]);
        }
        return merged;
    }

    /** The counters, value to count. */
    Map<String, Long> counts() {
        Map<String, Long> m = new LinkedHashMap<>(size * 2);
        forEach(m::put);
        return m;
    }

    /** The smallest count once every counter is in use (an uncounted value may have had that many), else 0. */
    long floor() {
        return size < keys.length ? 0 : counted[0];
    }

    void forEach(ObjLongConsumer<String> action) {
        for (int i = 0; i < size; i++) {
            action.accept(keys[i], counted[position[i]]);
        }
    }

    private void insert(String value, long count) {
        int slot = size++;
        keys[slot] = value;
        hashes[slot] = value.hashCode();
        counted[slot] = count;
        heap[slot] = slot;
        position[slot] = slot;
        at[slot] = -probe(value, hashes[slot]) - 1;
        index[at[slot]] = slot + 1;
        siftUp(slot);
    }

    /** The index position of a counted value, else -(free position where it would go) - 1. */
    private int probe(String value, int h) {
        int i = home(h);
        while (index[i] != 0) {
            int slot = index[i] - 1;
            if (hashes[slot] == h && keys[slot].equals(value)) {
                return i;
            }
            i = (i + 1) & mask;
        }
        return -i - 1;
    }

    /** Frees an index position, moving back the entries after it that probed past it (no tombstones). */
    private void remove(int position) {
        int free = position;
        index[free] = 0;
        for (int j = (free + 1) & mask; index[j] != 0; j = (j + 1) & mask) {
            int home = home(hashes[index[j] - 1]);
            if (((j - home) & mask) >= ((j - free) & mask)) {
                index[free] = index[j];
                at[index[j] - 1] = free;
                index[j] = 0;
                free = j;
            }
        }
    }

    private int home(int h) {
        return ExactCounts.spread(h) & mask;
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (counted[parent] <= counted[i]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    /**
     * Gives the counter at heap position {@code i} the count {@code count} (not less than it had) and sinks it below
     * every child counted less, the smaller child first and the left one of equal children, as swaps would.
     */
    private void siftDown(int i, long count) {
        int slot = heap[i];
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && counted[child + 1] < counted[child]) {
                child++;
            }
            if (counted[child] >= count) {
                break;
            }
            heap[i] = heap[child];
            counted[i] = counted[child];
            position[heap[i]] = i;
            i = child;
        }
        heap[i] = slot;
        counted[i] = count;
        position[slot] = i;
    }

    private void swap(int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
        long c = counted[a];
        counted[a] = counted[b];
        counted[b] = c;
        position[heap[a]] = a;
        position[heap[b]] = b;
    }
}
