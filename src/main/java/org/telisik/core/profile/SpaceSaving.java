package org.telisik.core.profile;

import java.util.HashMap;
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

    void add(String value) {
        Integer slot = slots.get(value);
        if (slot != null) {
            counts[slot]++;
            siftDown(position[slot]);
        } else if (size < keys.length) {
            insert(value, 1);
        } else {
            int min = heap[0];
            slots.remove(keys[min]);
            keys[min] = value;
            counts[min]++;
            slots.put(value, min);
            siftDown(0);
        }
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
