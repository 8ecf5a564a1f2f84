package org.telisik.core.analysis;

import java.io.ByteArrayOutputStream;

/** A growing byte array with little-endian fields. */
final class LittleEndianBytes {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    LittleEndianBytes le(int value, int n) {
        for (int i = 0; i < n; i++) {
            out.write(value >>> 8 * i);
        }
        return this;
    }

    LittleEndianBytes add(byte[]... parts) {
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return this;
    }

    int size() {
        return out.size();
    }

    byte[] exactly(int n) {
        if (out.size() != n) {
            throw new IllegalStateException(out.size() + " bytes, not " + n);
        }
        return out.toByteArray();
    }

    byte[] toArray() {
        return out.toByteArray();
    }
}
