package org.telisik.workspace;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads an archive entry and stops with {@link TooLarge} the moment more bytes come out than allowed, whatever the
 * entry's header claims: a zip bomb is caught after {@code limit} bytes, not after filling the disk.
 */
final class BoundedInput extends FilterInputStream {
    private final long limit;
    private long count;

    /** Thrown when an entry gives more bytes than its limit. */
    static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge(long limit) {
            super("more than " + limit + " bytes");
        }
    }

    BoundedInput(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    private void counted(long n) throws IOException {
        count += n;
        if (count > limit) {
            throw new TooLarge(limit);
        }
    }

    long count() {
        return count;
    }
}
