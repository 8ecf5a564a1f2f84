package org.telisik.core.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;

/** Little or big endian primitive reads over a stream, counting the bytes consumed. */
final class DicomInput {
    private InputStream in;
    private boolean bigEndian;
    private long position;

    DicomInput(InputStream in) {
        this.in = in;
    }

    long position() {
        return position;
    }

    void bigEndian(boolean big) {
        this.bigEndian = big;
    }

    /** Continues on another stream (a deflated dataset) from the current position. */
    void switchTo(InputStream next) {
        this.in = next;
    }

    int u8() throws IOException {
        int b = in.read();
        if (b < 0) {
            throw new EOFException("DICOM header ends at byte " + position);
        }
        position++;
        return b;
    }

    int u16() throws IOException {
        int a = u8();
        int b = u8();
        return bigEndian ? a << 8 | b : b << 8 | a;
    }

    long u32() throws IOException {
        long a = u16();
        long b = u16();
        return bigEndian ? a << 16 | b : b << 16 | a;
    }

    int tag() throws IOException {
        int group = u16();
        return group << 16 | u16();
    }

    byte[] bytes(int n) throws IOException {
        byte[] b = in.readNBytes(n);
        position += b.length;
        if (b.length < n) {
            throw new EOFException("DICOM header ends at byte " + position);
        }
        return b;
    }

    /** Skips without loading: pixel data and other large values pass through in small steps. */
    void skip(long n) throws IOException {
        long left = n;
        byte[] buffer = new byte[8192];
        while (left > 0) {
            int r = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (r < 0) {
                throw new EOFException("DICOM header ends at byte " + position);
            }
            position += r;
            left -= r;
        }
    }

    boolean isBigEndian() {
        return bigEndian;
    }

    /** The next tag, or -1 when the stream ends cleanly before it. */
    int tagOrEnd() throws IOException {
        int first = in.read();
        if (first < 0) {
            return -1;
        }
        position++;
        int second = u8();
        int group = bigEndian ? first << 8 | second : second << 8 | first;
        return group << 16 | u16();
    }

    /** Looks at the next two bytes without consuming them (the stream must support mark). */
    String peek2() throws IOException {
        in.mark(2);
        int a = in.read();
        int b = in.read();
        in.reset();
        return a < 0 || b < 0 ? "" : new String(new char[] {(char) a, (char) b});
    }

    InputStream stream() {
        return in;
    }
}
