package org.telisik.core.profile;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.ObjLongConsumer;

/**
 * The {@link SpaceSaving} sketch as it was before its counts lay in heap order: a min-heap of slots swapped level by
 * level, and the evicted value looked up again to leave the index. Kept as the reference the present sketch must
 * equal counter for counter (SpaceSavingEquivalenceTest) and as the other side of TierOneCpu's A/B.
 */
final class SwapHeapSpaceSaving {
    private final String[] keys;
    private final int[] hashes;
    private final long[] counts;
    private final int[] heap;
    private final int[] position;
    /** Slot + 1 of the counter whose value hashes here or probed on from here; 0 when free. */
    private final int[] index;
    private final int mask;
    private int size;

    SwapHeapSpaceSaving(int capacity) {
        keys = new String[capacity];
        hashes = new int[capacity];
        counts = new long[capacity];
        heap = new int[capacity];
        position = new int[capacity];
        index = new int[Integer.highestOneBit(Math.max(capacity, 4) * 4 - 1) << 1];
        mask = index.length - 1;
    }

    void seed(String value, long count) {
        insert(value, count);
    }

    /** Counts a value {@code weight} times (a sampled stream gives each sampled value the sampling stride). */
    void add(String value, long weight) {
        int h = value.hashCode();
        int at = probe(value, h);
        if (at >= 0) {
            int slot = index[at] - 1;
            counts[slot] += weight;
            siftDown(position[slot]);
        } else if (size < keys.length) {
            insert(value, weight);
        } else {
            int min = heap[0];
            remove(probe(keys[min], hashes[min]));
            keys[min] = value;
            hashes[min] = h;
            counts[min] += weight;
            index[-probe(value, h) - 1] = min + 1;
            siftDown(0);
        }
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
        hashes[slot] = value.hashCode();
        counts[slot] = count;
        heap[slot] = slot;
        position[slot] = slot;
        index[-probe(value, hashes[slot]) - 1] = slot + 1;
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
    private void remove(int at) {
        int free = at;
        index[free] = 0;
        for (int j = (free + 1) & mask; index[j] != 0; j = (j + 1) & mask) {
            int home = home(hashes[index[j] - 1]);
            if (((j - home) & mask) >= ((j - free) & mask)) {
                index[free] = index[j];
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
