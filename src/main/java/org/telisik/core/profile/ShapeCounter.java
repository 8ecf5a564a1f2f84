package org.telisik.core.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts value shapes ({@code 9999-99-99}, {@code Aaaa Aaaa}: digits become 9, capitals A, small letters a,
 * other characters stay) in a fixed table of {@link #SLOTS} shapes; later shapes count as "other". A shape is
 * identified by a hash computed on the fly, and its text is built only the first time it is seen.
 *
 * <p>The "other" shapes are counted by hash too, in {@link #OVERFLOW} more slots without text, so that a
 * profiler of a later chunk of the same input can be {@link #absorb}ed: a shape that chunk counted as other
 * may be one of this side's named shapes, and one profiler fed both chunks would have counted it there.
 */
final class ShapeCounter {
    static final int SLOTS = 64;
    static final int OVERFLOW = 192;
    static final int MAX_LENGTH = 24;
    private static final int ALL = SLOTS + OVERFLOW;
    private static final int INDEX = 1024;
    /**
     * The shape characters of ASCII, looked up: a value of a column with many distinct values is new to the
     * column's cache and has its shape hashed on every row, mostly from ASCII letters and digits.
     */
    private static final char[] ASCII_SHAPES = new char[128];

    static {
        for (char c = 0; c < ASCII_SHAPES.length; c++) {
            ASCII_SHAPES[c] = classify(c);
        }
    }

    /** Open-addressing index from shape hash to slot + 1 (0 = free), so that a lookup costs a probe or two. */
    private final int[] index = new int[INDEX];
    /** Slots below SLOTS are named shapes, the rest "other" shapes known by hash only. */
    private final long[] hashes = new long[ALL];
    private final long[] counts = new long[ALL];
    private final String[] shapes = new String[SLOTS];
    private int named;
    private int unnamed;
    /** Other shapes beyond the overflow slots: counted, not told apart. */
    private long lump;

    /** Counts the value's shape; returns its slot (or -1 when lumped) for {@link #addToSlot}. */
    int add(CharSequence v) {
        long h = hash(v);
        int i = find(h);
        if (i < 0) {
            i = insert(h, () -> shape(v));
        }
        addToSlot(i);
        return i;
    }

    /** Counts one more value of a shape already seen in {@code slot} (-1: lumped with the other shapes). */
    void addToSlot(int slot) {
        if (slot < 0) {
            lump++;
        } else {
            counts[slot]++;
        }
    }

    /**
     * Takes over the counts of {@code later}, which counted the values after this one's: its shapes join in its
     * order of first sight, named while named slots are free, as one counter fed both would have placed them.
     * Exact unless {@code later} lumped shapes (more than SLOTS + OVERFLOW of them).
     *
     * @return for each slot of {@code later}, its slot here (-1: lumped), to remap cached slots
     */
    int[] absorb(ShapeCounter later) {
        int[] map = new int[ALL];
        java.util.Arrays.fill(map, -1);
        for (int j = 0; j < ALL; j++) {
            boolean used = j < SLOTS ? j < later.named : j - SLOTS < later.unnamed;
            if (used) {
                long h = later.hashes[j];
                int i = find(h);
                String text = j < SLOTS ? later.shapes[j] : null;
                map[j] = i >= 0 ? i : insert(h, () -> text);
                if (map[j] >= 0) {
                    counts[map[j]] += later.counts[j];
                } else {
                    lump += later.counts[j];
                }
            }
        }
        lump += later.lump;
        return map;
    }

    private int find(long h) {
        for (int slot = (int) (h ^ (h >>> 32)) & (INDEX - 1); index[slot] != 0; slot = (slot + 1) & (INDEX - 1)) {
            if (hashes[index[slot] - 1] == h) {
                return index[slot] - 1;
            }
        }
        return -1;
    }

    /** A new shape's slot with count 0: named when the text is known and a named slot is free; -1 when full. */
    private int insert(long h, java.util.function.Supplier<String> text) {
        String t = named < SLOTS ? text.get() : null;
        int i = t != null ? named++ : unnamed < OVERFLOW ? SLOTS + unnamed++ : -1;
        if (i < 0) {
            return -1;
        }
        if (i < SLOTS) {
            shapes[i] = t;
        }
        hashes[i] = h;
        int slot = (int) (h ^ (h >>> 32)) & (INDEX - 1);
        while (index[slot] != 0) {
            slot = (slot + 1) & (INDEX - 1);
        }
        index[slot] = i + 1;
        return i;
    }

    /** The k most common shapes with counts; "other" collects shapes beyond the table. */
    Map<String, Long> top(int k) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (int i = 0; i < named; i++) {
            all.put(shapes[i], counts[i]);
        }
        Map<String, Long> top = new LinkedHashMap<>();
        all.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(k)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        long other = lump;
        for (int i = SLOTS; i < SLOTS + unnamed; i++) {
            other += counts[i];
        }
        if (other > 0) {
            top.put("other", other);
        }
        return top;
    }

    static char shapeChar(char c) {
        return c < ASCII_SHAPES.length ? ASCII_SHAPES[c] : classify(c);
    }

    private static char classify(char c) {
        if (c >= '0' && c <= '9') {
            return '9';
        }
        if (Character.isUpperCase(c)) {
            return 'A';
        }
        return Character.isLetter(c) ? 'a' : c;
    }

    static String shape(CharSequence v) {
        int n = Math.min(v.length(), MAX_LENGTH);
        StringBuilder sb = new StringBuilder(n + 1);
        for (int i = 0; i < n; i++) {
            sb.append(shapeChar(v.charAt(i)));
        }
        if (v.length() > MAX_LENGTH) {
            sb.append('…');
        }
        return sb.toString();
    }

    /**
     * FNV-1a over the shape characters in two interleaved lanes (even and odd positions), mixed at the end: the
     * same spread as one lane, in half the chain of dependent multiplications (every value of a column with many
     * distinct values is hashed).
     */
    static long hash(CharSequence v) {
        long even = 0xcbf29ce484222325L;
        long odd = 0x84222325cbf29ce4L;
        int n = Math.min(v.length(), MAX_LENGTH);
        int i = 0;
        for (; i + 1 < n; i += 2) {
            even = (even ^ shapeChar(v.charAt(i))) * 0x100000001b3L;
            odd = (odd ^ shapeChar(v.charAt(i + 1))) * 0x100000001b3L;
        }
        if (i < n) {
            even = (even ^ shapeChar(v.charAt(i))) * 0x100000001b3L;
        }
        long h = (even ^ Long.rotateLeft(odd, 29) ^ n) * 0x9E3779B97F4A7C15L; // the index folds the high half in
        return v.length() > MAX_LENGTH ? ~h : h;
    }
}
