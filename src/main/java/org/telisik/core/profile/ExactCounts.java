package org.telisik.core.profile;

import java.util.Arrays;

/**
 * The exact counts of {@link TopValues}: each distinct value owns an entry of {@link #ENTRY_SIZE} longs (slot 0
 * its count, the others the caller's cache) at offset {@code number * ENTRY_SIZE} of one {@link #entries()}
 * array, numbered in order of first sight. Open addressing with linear probing over an index at most 3/4 full,
 * which holds each value's number and its hash (below): a lookup is one probe, a hash compare and one
 * {@code equals} in the common case, and a new value allocates nothing but, now and then, the doubled arrays. A HashMap of {@code long[]} entries cost a
 * node and an array per value and two more pointer hops per lookup, on the hottest path of the profiler.
 *
 * <p>A value longer than {@link #WHOLE} characters is indexed by a hash of its length and {@link #SAMPLES} of its
 * characters spread over it, not by its {@link String#hashCode}: the parser's strings come without a cached hash,
 * nothing else here needs one while the counts are exact, and hashing every character of a long value (a
 * finding, a doctor's name and title) cost more than the rest of the lookup. Values that differ only between the
 * sampled characters share a hash and are told apart by {@code equals}; once such needless compares outnumber
 * {@link #SAME_HASH_ALLOWED} plus the values counted, the index is rebuilt on whole-value hashes for good, so that
 * no column pays more than that for the shortcut. The counts, their order and every entry are the same either way
 * (ExactCountsTest).
 */
final class ExactCounts {
    static final int ENTRY_SIZE = 7;
    /** Values up to this long are hashed whole ({@link String#hashCode}, cheap at this length). */
    static final int WHOLE = 32;
    static final int SAMPLES = 16;
    static final int SAME_HASH_ALLOWED = 256;
    /** Per index slot: the value's hash in the high half, its number + 1 in the low half; 0 when free. */
    private long[] index = new long[32];
    private String[] keys = new String[16];
    private long[] entries = new long[16 * ENTRY_SIZE];
    private int size;
    /** False once the index holds whole-value hashes only (too many long values shared a sampled hash). */
    private boolean sampling = true;
    /** Compares of a value with another that had the same hash: the price of sampling, see the class comment. */
    private int sameHash;
    /** The arrays grow to this many values and no further (a column past it goes to the sketch). */
    private final int limit;

    /** @param limit the most values the caller will count here; larger costs more arrays, never wrong counts */
    ExactCounts(int limit) {
        this.limit = Math.max(limit, 1);
    }

    /**
     * Counts a value once more; returns the offset of its entry in {@link #entries()} (valid until the next
     * call), whose count is 1 when it was first seen now.
     */
    int add(String value) {
        int h = hash(value);
        int mask = index.length - 1;
        for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
            long slot = index[i];
            if (slot == 0) {
                int at = append(value, h, i);
                entries[at]++;
                return at;
            }
            if ((int) (slot >>> 32) == h) {
                if (keys[(int) slot - 1].equals(value)) {
                    int at = ((int) slot - 1) * ENTRY_SIZE;
                    entries[at]++;
                    return at;
                }
                if (sampledHashFailed()) {
                    return add(value);
                }
            }
        }
    }

    /** The offset of a value's entry, -1 when it was never counted. */
    int find(String value) {
        int h = hash(value);
        int mask = index.length - 1;
        for (int i = spread(h) & mask; index[i] != 0; i = (i + 1) & mask) {
            long slot = index[i];
            if ((int) (slot >>> 32) == h) {
                if (keys[(int) slot - 1].equals(value)) {
                    return ((int) slot - 1) * ENTRY_SIZE;
                }
                if (sampledHashFailed()) {
                    return find(value);
                }
            }
        }
        return -1;
    }

    /**
     * Puts another table's entry in, count and cached slots as they are, for a value not counted here
     * ({@link #find} returned -1); returns its offset here.
     */
    int adopt(String value, long[] from, int at) {
        int h = hash(value);
        int mine = append(value, h, free(h));
        System.arraycopy(from, at, entries, mine, ENTRY_SIZE);
        return mine;
    }

    long[] entries() {
        return entries;
    }

    int size() {
        return size;
    }

    /** The value numbered {@code n} (0 = first seen); its entry is at {@code n * ENTRY_SIZE}. */
    String key(int n) {
        return keys[n];
    }

    private int append(String value, int h, int free) {
        if (size == keys.length) {
            int grown = size < limit ? Math.min(size * 2, limit) : size * 2;
            keys = Arrays.copyOf(keys, grown);
            entries = Arrays.copyOf(entries, grown * ENTRY_SIZE);
        }
        keys[size] = value;
        index[free] = (long) h << 32 | (size + 1);
        size++;
        if (size * 4 > index.length * 3) {
            rehash();
        }
        return (size - 1) * ENTRY_SIZE;
    }

    /** Whether the index is still keyed by sampled hashes (tests). */
    boolean sampling() {
        return sampling;
    }

    /**
     * The hash the index is keyed by: the whole value's while short or once sampling failed, else its length and
     * {@link #SAMPLES} characters at even steps from the first to the last, in two chains of multiplications.
     */
    private int hash(String value) {
        int n = value.length();
        if (n <= WHOLE || !sampling) {
            return value.hashCode();
        }
        int a = n;
        int b = 0;
        for (int k = 0; k < SAMPLES; k += 2) {
            a = 31 * a + value.charAt(k * (n - 1) / (SAMPLES - 1));
            b = 31 * b + value.charAt((k + 1) * (n - 1) / (SAMPLES - 1));
        }
        return a * 0x9E3779B9 + b;
    }

    /**
     * Counts a compare with another value of the same hash; past the allowance, rebuilds the index on whole-value
     * hashes and returns true (the caller looks again).
     */
    private boolean sampledHashFailed() {
        if (!sampling || ++sameHash <= SAME_HASH_ALLOWED + size) {
            return false;
        }
        sampling = false;
        index = new long[index.length];
        for (int n = 0; n < size; n++) {
            int h = keys[n].hashCode();
            index[free(h)] = (long) h << 32 | (n + 1);
        }
        return true;
    }

    private void rehash() {
        long[] old = index;
        index = new long[old.length * 2];
        for (long slot : old) {
            if (slot != 0) {
                index[free((int) (slot >>> 32))] = slot;
            }
        }
    }

    /** The first free index position from the home of hash {@code h} on (linear probing). */
    private int free(int h) {
        int mask = index.length - 1;
        int i = spread(h) & mask;
        while (index[i] != 0) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** Mixes the high bits of String's polynomial hash into the low ones that pick the slot (SpaceSaving too). */
    static int spread(int h) {
        int x = h * 0x9E3779B9;
        return x ^ (x >>> 16);
    }
}
