package org.telisik.core.profile;

/**
 * Fixed-size distinct-count estimator (Flajolet et al. 2007, with the small- and large-range corrections), 2^14
 * registers: about 0.8% standard error in 16 KB whatever the column's size. A value is hashed by its own
 * {@link String#hashCode}, which the string caches: the top-values sketch looks the same value up by it, so the
 * characters are hashed once, not once per structure (see {@link #hash}).
 */
public final class HyperLogLog {
    private static final int P = 14;
    private static final int M = 1 << P;
    /** The number of different hashes: 2^32. */
    private static final double HASHES = 0x1p32;
    private final byte[] registers = new byte[M];

    public void add(String value) {
        long h = hash(value);
        int index = (int) (h >>> (64 - P));
        int rank = Long.numberOfLeadingZeros((h << P) | (1L << (P - 1))) + 1;
        if (rank > registers[index]) {
            registers[index] = (byte) rank;
        }
    }

    /**
     * Adds another sketch's values: the register-wise maximum is the sketch of the union, exactly what one sketch
     * fed both streams would hold, whatever the order.
     */
    public void merge(HyperLogLog other) {
        for (int i = 0; i < M; i++) {
            registers[i] = (byte) Math.max(registers[i], other.registers[i]);
        }
    }

    public long estimate() {
        double sum = 0;
        int zeros = 0;
        for (byte r : registers) {
            sum += 1.0 / (1L << r);
            if (r == 0) {
                zeros++;
            }
        }
        double alpha = 0.7213 / (1 + 1.079 / M);
        double raw = alpha * M * M / sum;
        if (raw <= 2.5 * M && zeros > 0) {
            return Math.round(M * Math.log((double) M / zeros));
        }
        return Math.round(-HASHES * Math.log1p(-Math.min(raw, HASHES - 1) / HASHES));
    }

    /**
     * The value's 32-bit {@link String#hashCode} spread over 64 bits by the murmur3 finaliser, a bijection,
     * so that similar strings fall in any register with any rank. Distinct values whose 32-bit hashes
     * coincide count once: about n^2 / 2^33 of n values, 0.05% at 4 million, which {@link #estimate}
     * corrects for as for any 32-bit hash (the large-range correction), leaving the sketch's own error.
     */
    static long hash(String value) {
        long h = value.hashCode();
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb1fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
