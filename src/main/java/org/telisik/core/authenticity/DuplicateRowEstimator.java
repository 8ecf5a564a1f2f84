package org.telisik.core.authenticity;

/**
 * Counts rows that repeat an earlier row exactly, in bounded memory. Each row is reduced to a 64-bit hash.
 * Up to {@value #CAPACITY} distinct hashes are counted exactly; beyond that only hashes whose top {@code level}
 * bits are zero are kept (and the level rises whenever the table fills), so that all copies of a row are
 * either all kept or all dropped, and duplicates among kept rows times 2^level estimate the total.
 *
 * <p>Runs for every row of a dump, so the table is open addressing over primitive arrays (no boxing, no
 * allocation per row) and the hash reads the characters without encoding them, four at a time.
 */
final class DuplicateRowEstimator {
    static final int CAPACITY = 1 << 17;
    /** At most twice the capacity, so the table is at most half full and probes stay short. */
    private static final int MAX_SLOTS = CAPACITY << 1;
    /**
     * Slot {@code s} holds a hash at {@code 2s} and its count at {@code 2s + 1} (a zero count marks an empty
     * slot): a probe reads both from one cache line, where two arrays cost two misses once the table outgrows
     * the cache. Grows from small, as a dump of many small tables makes one estimator per table.
     */
    private long[] table = new long[2 * 256];
    private int size;
    private int level;

    DuplicateRowEstimator() {
        this(0);
    }

    /**
     * @param level the level to start at: a part of a table read in parts starts at the level of the parts
     *              joined before it, which the whole table reaches anyway, so it drops early what is dropped in
     *              the end (less work, a smaller table) and the result is that of one estimator
     */
    DuplicateRowEstimator(int level) {
        this.level = level;
    }

    int level() {
        return level;
    }

    void add(String[] row) {
        add(hash(row), 1);
    }

    /**
     * Takes over the rows another estimator counted (a later part of the same table): the kept hashes depend on
     * the hash alone, so counting both at the higher level gives what one estimator fed all rows would give.
     */
    void absorb(DuplicateRowEstimator later) {
        while (level < later.level) {
            level++;
            rebuild(slots());
        }
        long[] t = later.table;
        for (int i = 0; i < t.length; i += 2) {
            if (t[i + 1] != 0) {
                add(t[i], t[i + 1]);
            }
        }
    }

    private void add(long h, long n) {
        if (level > 0 && (h >>> (64 - level)) != 0) {
            return;
        }
        int at = find(h);
        if (table[at + 1] == 0) {
            table[at] = h;
            size++;
        }
        table[at + 1] += n;
        if (size > slots() / 2 && slots() < MAX_SLOTS) {
            rebuild(slots() * 2);
        }
        while (size > CAPACITY) {
            level++;
            rebuild(slots());
        }
    }

    long duplicates() {
        long kept = 0;
        for (int i = 1; i < table.length; i += 2) {
            kept += table[i] == 0 ? 0 : table[i] - 1;
        }
        return kept << level;
    }

    boolean exact() {
        return level == 0;
    }

    private int slots() {
        return table.length >> 1;
    }

    /** The index of the slot holding {@code h}, or of the empty slot where it belongs. */
    private int find(long h) {
        long[] t = table;
        int mask = t.length - 2;
        int at = ((int) h << 1) & mask;
        while (t[at + 1] != 0 && t[at] != h) {
            at = (at + 2) & mask;
        }
        return at;
    }

    /** Moves the hashes kept at the current level into a table of {@code slots} slots. */
    private void rebuild(int slots) {
        long[] old = table;
        table = new long[2 * slots];
        size = 0;
        for (int i = 0; i < old.length; i += 2) {
            if (old[i + 1] != 0 && (level == 0 || (old[i] >>> (64 - level)) == 0)) {
                int at = find(old[i]);
                table[at] = old[i];
                table[at + 1] = old[i + 1];
                size++;
            }
        }
    }

    /**
     * A 64-bit hash of the stripped values in order. Four characters at a time go into one multiply and
     * rotate (FNV-1a, one character per multiply, left the row waiting on a chain of multiplies as long as the
     * row: a twentieth of a large analysis's CPU time), each value ending in its length, so that values split
     * otherwise never read alike; then a final mix, as the level takes the top bits. Every step is one-to-one
     * in the state, so two rows that differ in a single value of the same length never collide.
     */
    static long hash(String[] row) {
        long h = 0xcbf29ce484222325L;
        for (String v : row) {
            int start = 0;
            int end = 0;
            if (v != null) {
                end = v.length();
                while (start < end && Character.isWhitespace(v.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(v.charAt(end - 1))) {
                    end--;
                }
                int i = start;
                for (; i + 4 <= end; i += 4) {
                    h = step(h, v.charAt(i) | (long) v.charAt(i + 1) << 16 | (long) v.charAt(i + 2) << 32
                            | (long) v.charAt(i + 3) << 48);
                }
                if (i < end) {
                    long tail = 0;
                    for (int shift = 0; i < end; i++, shift += 16) {
                        tail |= (long) v.charAt(i) << shift;
                    }
                    h = step(h, tail);
                }
            }
            h = step(h, (end - start) | 1L << 63); // the value's length ends it: "ab" then "c" is not "a" then "bc"
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }

    private static long step(long h, long word) {
        return Long.rotateLeft((h ^ word) * 0x9E3779B97F4A7C15L, 27);
    }
}
