package org.telisik.core.analysis;

import java.io.ByteArrayOutputStream;

/** Bits packed as deflate packs them: first bit in the lowest position; Huffman codes most significant first. */
final class DeflateBits {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private int pending;
    private int count;

    DeflateBits bits(int value, int n) {
        for (int i = 0; i < n; i++) {
            pending |= (value >>> i & 1) << count;
            if (++count == 8) {
                out.write(pending);
                pending = 0;
                count = 0;
            }
        }
        return this;
    }

    DeflateBits code(int code, int n) {
        for (int i = n - 1; i >= 0; i--) {
            bits(code >>> i & 1, 1);
        }
        return this;
    }

    byte[] toArray(int expected) {
        if (count != 0 || out.size() != expected) {
            throw new IllegalStateException(out.size() + " bytes and " + count + " bits");
        }
        return out.toByteArray();
    }
}
