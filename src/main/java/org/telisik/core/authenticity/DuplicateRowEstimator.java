package org.telisik.core.authenticity;

/**
 * Counts rows that repeat an earlier row exactly, in bounded memory. Each row is reduced to a 64-bit hash.
 * Up to {@value #CAPACITY} distinct hashes are counted exactly; beyond that only hashes whose top {@code level}
 * bits are zero are kept (and the level rises whenever the table fills), so that all copies of a row are
 * either all kept or all dropped, and duplicates among kept rows times 2^level estimate the total.
 *
 * <p>Runs for every row of a dump, so the table is open addressing over primitive arrays (no boxing, no
 * allocation per row) and the hash reads the characters without encoding them.
 */
final class DuplicateRowEstimator {
    static final int CAPACITY = 1 << 17;
    /** At most twice the capacity, so the table is at most half full and probes stay short. */
    private static final int MAX_SLOTS = CAPACITY << 1;
    /** Grows from small, as a dump of many small tables makes one estimator per table. */
    private long[] hashes = new long[256];
    private int[] counts = new int[256];
    private int size;
    private int level;

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
            rebuild(counts.length);
        }
        for (int i = 0; i < later.counts.length; i++) {
            if (later.counts[i] != 0) {
                add(later.hashes[i], later.counts[i]);
            }
        }
    }

    private void add(long h, int n) {
        if (level > 0 && (h >>> (64 - level)) != 0) {
            return;
        }
        int slot = find(h);
        if (counts[slot] == 0) {
            hashes[slot] = h;
            size++;
        }
        counts[slot] += n;
        if (size > counts.length / 2 && counts.length < MAX_SLOTS) {
            rebuild(counts.length * 2);
        }
        while (size > CAPACITY) {
            level++;
            rebuild(counts.length);
        }
    }

    long duplicates() {
        long kept = 0;
        for (int c : counts) {
            kept += c == 0 ? 0 : c - 1;
        }
        return kept << level;
    }

    boolean exact() {
        return level == 0;
    }

    /** The slot holding {@code h}, or the empty slot where it belongs (a zero count marks an empty slot). */
    private int find(long h) {
        int mask = counts.length - 1;
        int slot = (int) h & mask;
        while (counts[slot] != 0 && hashes[slot] != h) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    /** Moves the hashes kept at the current level into a table of {@code slots} slots. */
    private void rebuild(int slots) {
        long[] oldHashes = hashes;
        int[] oldCounts = counts;
        hashes = new long[slots];
        counts = new int[slots];
        size = 0;
        for (int i = 0; i < oldCounts.length; i++) {
            if (oldCounts[i] != 0 && (level == 0 || (oldHashes[i] >>> (64 - level)) == 0)) {
                int slot = find(oldHashes[i]);
                hashes[slot] = oldHashes[i];
                counts[slot] = oldCounts[i];
                size++;
            }
        }
    }

    /** FNV-1a over the characters of the stripped values, with a separator between values, then a final mix. */
    static long hash(String[] row) {
        long h = 0xcbf29ce484222325L;
        for (String v : row) {
            if (v != null) {
                int start = 0;
                int end = v.length();
                while (start < end && Character.isWhitespace(v.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(v.charAt(end - 1))) {
                    end--;
                }
                for (int i = start; i < end; i++) {
                    h = (h ^ v.charAt(i)) * 0x100000001b3L;
                }
            }
            h = (h ^ 0x1_0000) * 0x100000001b3L; // outside the char range: no value can contain it
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
