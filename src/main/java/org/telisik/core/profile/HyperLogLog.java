package org.telisik.core.profile;

/**
 * Fixed-size distinct-count estimator (Flajolet et al. 2007, with the small-range correction), 2^14
 * registers: about 0.8% standard error in 16 KB whatever the column's size.
 */
public final class HyperLogLog {
    private static final int P = 14;
    private static final int M = 1 << P;
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
        return Math.round(raw);
    }

    /**
     * 64-bit FNV-1a over the UTF-16 characters (no byte array per value) followed by a murmur finaliser, so
     * that similar strings spread over all registers.
     */
    static long hash(String value) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0; i < value.length(); i++) {
            h ^= value.charAt(i);
            h *= 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb1fe1a85ec53L;
        h ^= h >>> 33;
        return h;
    }
}
