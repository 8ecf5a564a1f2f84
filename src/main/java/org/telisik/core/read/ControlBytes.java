package org.telisik.core.read;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Notes whether a control character (below 0x20 other than tab, LF and CR, or 0x7F) has passed through, in an
 * encoding whose bytes below 0x80 are always the characters of the same code. A parser reads ahead of the
 * records it returns, so while nothing has been seen no record read so far holds one, and the per-record
 * check of every value ({@link CsvTally}) can wait until this says otherwise: in most files, for ever.
 * Eight bytes are tested at a time; a word with a byte below 0x20 (mostly line breaks) is looked at byte by byte.
 */
final class ControlBytes extends FilterInputStream implements ControlWatch {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;
    private boolean seen;

    /** @param asciiCompatible false for an encoding where it cannot tell: it has then always seen one */
    ControlBytes(InputStream in, boolean asciiCompatible) {
        super(in);
        this.seen = !asciiCompatible;
    }

    /** True once a control character may have been read; false means none was. */
    @Override
    public boolean seen() {
        return seen;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        seen |= b >= 0 && isControl((byte) b);
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (!seen && n > 0) {
            seen = holdsControl(b, off, off + n);
        }
        return n;
    }

    static boolean holdsControl(byte[] b, int from, int to) {
        int i = from;
        for (; i + 8 <= to; i += 8) {
            if (mayHoldControl((long) LONGS.get(b, i)) && holdsControl1(b, i, i + 8)) {
                return true;
            }
        }
        return holdsControl1(b, i, to);
    }

    /**
     * Whether a word of eight bytes holds a byte below 0x20 (tab and line ends too) or a DEL: never false for a
     * word that holds one, so a word for which it is false holds no control character.
     */
    static boolean mayHoldControl(long w) {
        long del = w ^ (0x7F * ONES);
        return (((w - 0x20 * ONES) & ~w | (del - ONES) & ~del) & HIGH) != 0;
    }

    private static boolean holdsControl1(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (isControl(b[i])) {
                return true;
            }
        }
        return false;
    }

    private static boolean isControl(byte c) {
        return c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
    }
}
