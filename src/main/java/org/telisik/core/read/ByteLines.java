package org.telisik.core.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The lines of UTF-8 text for OpenCSV's {@code LineReader}, which calls {@link #readLine()} and nothing else: each
 * line is cut from the bytes, and a line of ASCII bytes (nearly every line of a CSV) becomes its string by one
 * copy, with no decoding to characters, no second pass of a line guard and no compression of characters back
 * into a Latin-1 string. A line holding other bytes is decoded by the JDK's strict UTF-8 decoder ({@link Utf8Line}).
 *
 * <p>It gives exactly what {@code BufferedReader.readLine} gives over {@link LongLineGuard} over
 * {@link StrictDecoder}, the chain it stands for: lines ended by LF, CR or CR LF; a line of more than
 * {@code maxLine} characters (UTF-16 units) raises {@link LongLineGuard.LineTooLongException} when it is read;
 * an invalid byte sequence raises {@link UndecodableInputException} with its file offset and length when the
 * line holding it is read, unless the characters before it on that line are already too many, as the guard
 * would have stopped there first. Every line before either fault is returned first. A line is decoded with the
 * byte that ends it, so the decoder sees the same bytes after a broken sequence as when decoding the stream.
 *
 * <p>It asks its input for 16 KB at a time, as {@link StrictDecoder} does. That decoder read a chunk ahead of the
 * characters it gave, so when the input failed (a cut archive member) the lines of that chunk were lost; here
 * every line read whole before the failure is returned first.
 *
 * <p>It watches for control characters as it looks for line ends, as {@link ControlBytes} would under it.
 *
 * <p>Reading characters ({@code read}, {@code skip}, {@code mark}) is not offered: callers that need it (comment
 * lines skipped before OpenCSV starts) keep the character chain.
 */
final class ByteLines extends BufferedReader implements ControlWatch {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGH = 0x8080808080808080L;
    private final InputStream in;
    private final long maxLine;
    private final Utf8Line wide;
    private byte[] buf;
    private int pos;
    private int limit;
    /** The file offset of {@code buf[0]}. */
    private long base;
    private boolean eof;
    /** The last line ended with a CR: a LF right after it belongs to that line end. */
    private boolean skipLf;
    /** The bytes of the line being read that were scanned, and their high bits or-ed. */
    private int scanned;
    private long high;
    private IOException fault;
    private boolean seen;

    /** @param offset where {@code in} starts in its file, for the offset a decoding fault names */
    ByteLines(InputStream in, long offset, long maxLine) {
        this(in, offset, maxLine, 4 * StrictDecoder.CHUNK);
    }

    /** @param buffer the bytes held at first, grown for a longer line (tests make it tiny) */
    ByteLines(InputStream in, long offset, long maxLine, int buffer) {
        super(Reader.nullReader(), 1);
        this.in = in;
        this.base = offset;
        this.maxLine = maxLine;
        this.wide = new Utf8Line(maxLine);
        this.buf = new byte[buffer];
    }

    /** True once a line holding a control character (below 0x20 but tab, LF and CR, or DEL) was scanned. */
    @Override
    public boolean seen() {
        return seen;
    }

    @Override
    public String readLine() throws IOException {
        if (fault != null) {
            throw fault;
        }
        try {
            return line();
        } catch (IOException e) {
            fault = e;
            throw e;
        }
    }

    private String line() throws IOException {
        if (skipLf) {
            if (pos == limit && !eof) {
                fill(StrictDecoder.CHUNK);
            }
            pos += pos < limit && buf[pos] == '\n' ? 1 : 0;
            skipLf = false;
        }
        scanned = 0;
        high = 0;
        wide.start();
        while (true) {
            int end = lineEnd(pos + scanned, limit);
            if (end < limit) {
                String line = text(pos, end, true);
                skipLf = buf[end] == '\r';
                pos = end + 1;
                return line;
            }
            if (eof) {
                if (pos == limit) {
                    return null;
                }
                String line = text(pos, limit, false);
                pos = limit;
                return line;
            }
            scanned = limit - pos;
            check();
            fill(StrictDecoder.CHUNK);
        }
    }

    /**
     * The first CR or LF in {@code buf[from, to)}, or {@code to}; the high bits of the bytes before it go to
     * {@link #high}, and a control character among them to {@link #seen}. A word of eight bytes with none below
     * 0x20 and no DEL (most of them) costs a few operations.
     */
    private int lineEnd(int from, int to) {
        byte[] b = buf;
        int i = from;
        long h = high;
        for (; i + 8 <= to; i += 8) {
            long w = (long) LONGS.get(b, i);
            if (ControlBytes.mayHoldControl(w)) { // a byte below 0x20 (a line end among them) or a DEL
                long ends = RecordBoundaries.zeros(w ^ ('\n' * ONES)) | RecordBoundaries.zeros(w ^ ('\r' * ONES));
                int k = ends == 0 ? 8 : Long.numberOfTrailingZeros(ends) >>> 3;
                seen = seen || ControlBytes.holdsControl(b, i, i + k);
                if (ends != 0) {
                    high = h | w & ((1L << (k << 3)) - 1);
                    return i + k;
                }
            }
            h |= w;
        }
        for (; i < to; i++) {
            byte c = b[i];
            if (c == '\n' || c == '\r') {
                break;
            }
            seen = seen || ControlBytes.holdsControl(b, i, i + 1);
            h |= c & 0x80;
        }
        high = h;
        return i;
    }

    /** The line {@code buf[from, end)}; {@code terminated}: a CR or LF at {@code end}, else the input's end. */
    private String text(int from, int end, boolean terminated) throws IOException {
        if ((high & HIGH) == 0) {
            if (end - from > maxLine) {
                throw new LongLineGuard.LineTooLongException(maxLine);
            }
            return new String(buf, from, end - from, StandardCharsets.ISO_8859_1);
        }
        return wide.line(buf, from, end, terminated, base);
    }

    /**
     * Before the line being read takes more bytes, what the old chain would have found in its bytes so far: a
     * decoding fault, or more than {@code maxLine} characters.
     */
    private void check() throws IOException {
        if ((high & HIGH) != 0) {
            wide.count(buf, pos, pos + scanned, base);
        } else if (scanned > maxLine) {
            throw new LongLineGuard.LineTooLongException(maxLine);
        }
    }

    /** Reads up to {@code want} more bytes after {@code limit}, moving the line being read to the start or growing the buffer. */
    private void fill(int want) throws IOException {
        if (buf.length - limit < want && pos > 0) {
            System.arraycopy(buf, pos, buf, 0, limit - pos);
            base += pos;
            limit -= pos;
            pos = 0;
        }
        if (buf.length - limit < want) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, limit + want));
        }
        int n = in.read(buf, limit, want);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    @Override
    public boolean ready() {
        return pos < limit;
    }

    @Override
    public int read() {
        throw new UnsupportedOperationException("lines only");
    }

    @Override
    public int read(char[] cbuf, int off, int len) {
        throw new UnsupportedOperationException("lines only");
    }

    @Override
    public long skip(long n) {
        throw new UnsupportedOperationException("lines only");
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    @Override
    public void mark(int readAheadLimit) {
        throw new UnsupportedOperationException("lines only");
    }

    @Override
    public void reset() {
        throw new UnsupportedOperationException("lines only");
    }

    @Override
    public void close() {
        // the input belongs to the caller
    }
}
