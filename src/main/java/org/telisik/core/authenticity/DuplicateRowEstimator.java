package org.telisik.core.authenticity;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * Counts rows that repeat an earlier row exactly, in bounded memory. Each row is reduced to a 64-bit hash.
 * Up to {@value #CAPACITY} distinct hashes are counted exactly; beyond that only hashes whose top {@code level}
 * bits are zero are kept (and the level rises whenever the table fills), so that all copies of a row are
 * either all kept or all dropped, and duplicates among kept rows times 2^level estimate the total.
 */
final class DuplicateRowEstimator {
    static final int CAPACITY = 1 << 17;
    private final Map<Long, int[]> counts = new HashMap<>();
    private int level;

    void add(String[] row) {
        long h = hash(row);
        if (level > 0 && (h >>> (64 - level)) != 0) {
            return;
        }
        counts.computeIfAbsent(h, k -> new int[1])[0]++;
        while (counts.size() > CAPACITY) {
            level++;
            Iterator<Long> it = counts.keySet().iterator();
            while (it.hasNext()) {
                if ((it.next() >>> (64 - level)) != 0) {
                    it.remove();
                }
            }
        }
    }

    long duplicates() {
        long kept = 0;
        for (int[] c : counts.values()) {
            kept += c[0] - 1;
        }
        return kept << level;
    }

    boolean exact() {
        return level == 0;
    }

    /** FNV-1a over the UTF-8 bytes of the values, with a separator no value contains, then a final mix. */
    static long hash(String[] row) {
        long h = 0xcbf29ce484222325L;
        for (String v : row) {
            byte[] bytes = (v == null ? "" : v.strip()).getBytes(StandardCharsets.UTF_8);
            for (byte b : bytes) {
                h = (h ^ (b & 0xff)) * 0x100000001b3L;
            }
            h = (h ^ 0x1f) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h;
    }
}
