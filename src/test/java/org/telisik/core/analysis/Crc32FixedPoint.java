package org.telisik.core.analysis;

import java.util.function.IntFunction;
import java.util.zip.CRC32;

/**
 * The value x for which CRC-32(file(x)) = x, where file(x) holds x in fixed places. CRC-32 is affine over
 * GF(2) for inputs of one length, so crc(file(x)) = crc(file(0)) xor M x with M linear, and x solves the
 * 32x32 system (I xor M) x = crc(file(0)).
 */
final class Crc32FixedPoint {
    private Crc32FixedPoint() {
    }

    /** @param withCrc the file with a given value in its CRC fields, of the same length for every value */
    static int of(IntFunction<byte[]> withCrc) {
        int c0 = crc(withCrc.apply(0));
        int[] rows = new int[32]; // row i: bit i of (I xor M) x, as a mask over the bits of x
        for (int j = 0; j < 32; j++) {
            int column = crc(withCrc.apply(1 << j)) ^ c0 ^ (1 << j);
            for (int i = 0; i < 32; i++) {
                rows[i] |= (column >>> i & 1) << j;
            }
        }
        long[] system = new long[32]; // mask in the low 32 bits, right-hand side in bit 32
        for (int i = 0; i < 32; i++) {
            system[i] = (rows[i] & 0xFFFFFFFFL) | (long) (c0 >>> i & 1) << 32;
        }
        return solve(system);
    }

    /** Gauss-Jordan elimination over GF(2); free variables are 0. */
    private static int solve(long[] system) {
        int[] pivotOf = new int[32];
        int row = 0;
        for (int col = 0; col < 32; col++) {
            pivotOf[col] = -1;
            int found = row;
            while (found < 32 && (system[found] >>> col & 1) == 0) {
                found++;
            }
            if (found == 32) {
                continue;
            }
            long swap = system[row];
            system[row] = system[found];
            system[found] = swap;
            for (int r = 0; r < 32; r++) {
                if (r != row && (system[r] >>> col & 1) == 1) {
                    system[r] ^= system[row];
                }
            }
            pivotOf[col] = row++;
        }
        for (int r = row; r < 32; r++) {
            if ((system[r] >>> 32 & 1) == 1) {
                throw new IllegalStateException("no CRC-32 fixed point for this layout");
            }
        }
        int x = 0;
        for (int col = 0; col < 32; col++) {
            if (pivotOf[col] >= 0) {
                x |= (int) (system[pivotOf[col]] >>> 32 & 1) << col;
            }
        }
        return x;
    }

    private static int crc(byte[] bytes) {
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return (int) crc.getValue();
    }

}
