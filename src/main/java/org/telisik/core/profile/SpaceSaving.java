package org.telisik.core.profile;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ObjLongConsumer;

/**
 * The Space-Saving heavy-hitters sketch with a fixed number of counters kept in a min-heap, so that a value
 * not yet counted replaces the least counted one in O(log capacity).
 */
final class SpaceSaving {
    private final String[] keys;
    private final long[] counts;
    private final int[] heap;
    private final int[] position;
    private final Map<String, Integer> slots;
    private int size;

    SpaceSaving(int capacity) {
        keys = new String[capacity];
        counts = new long[capacity];
        heap = new int[capacity];
        position = new int[capacity];
        slots = new HashMap<>(capacity * 2);
    }

    void seed(String value, long count) {
        insert(value, count);
    }

    /** Counts a value {@code weight} times (a sampled stream gives each sampled value the sampling stride). */
    void add(String value, long weight) {
        Integer slot = slots.get(value);
        if (slot != null) {
            counts[slot] += weight;
            siftDown(position[slot]);
        } else if (size < keys.length) {
            insert(value, weight);
        } else {
            int min = heap[0];
            slots.remove(keys[min]);
            keys[min] = value;
            counts[min] += weight;
            slots.put(value, min);
            siftDown(0);
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
        SpaceSaving merged = new SpaceSaving(capacity);
        sum.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(capacity)
                .forEach(e -> merged.seed(e.getKey(), e.getValue()));
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
        return size < keys.length ? 0 : counts[heap[0]];
    }

    void forEach(ObjLongConsumer<String> action) {
        for (int i = 0; i < size; i++) {
            action.accept(keys[i], counts[i]);
        }
    }

    private void insert(String value, long count) {
        int slot = size++;
        keys[slot] = value;
        counts[slot] = count;
        heap[slot] = slot;
        position[slot] = slot;
        slots.put(value, slot);
        siftUp(slot);
    }

    private void siftUp(int i) {
        while (i > 0) {
            int parent = (i - 1) / 2;
            if (counts[heap[parent]] <= counts[heap[i]]) {
                return;
            }
            swap(i, parent);
            i = parent;
        }
    }

    private void siftDown(int i) {
        while (true) {
            int l = 2 * i + 1;
            int smallest = i;
            if (l < size && counts[heap[l]] < counts[heap[smallest]]) {
                smallest = l;
            }
            if (l + 1 < size && counts[heap[l + 1]] < counts[heap[smallest]]) {
                smallest = l + 1;
            }
            if (smallest == i) {
                return;
            }
            swap(i, smallest);
            i = smallest;
        }
    }

    private void swap(int a, int b) {
        int t = heap[a];
        heap[a] = heap[b];
        heap[b] = t;
        position[heap[a]] = a;
        position[heap[b]] = b;
    }
}
