package org.telisik.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes to characters and stops exactly at the first byte sequence the encoding rejects. Unlike
 * {@link java.io.InputStreamReader}, which throws away the characters it decoded in the same call as the
 * fault, every character before the fault is delivered first; the next read then throws
 * {@link UndecodableInputException} with the fault's byte offset and line. So a reader keeps every record
 * before the damage and can say where the damage is. A reader that counts lines itself (OpenCSV does) can
 * spare the decoder a pass over every character; its faults then say line 0.
 */
final class StrictDecoder extends Reader {
    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final boolean countLines;
    /** Bytes asked of the input at a time, less any unfinished sequence kept from the read before. */
    static final int CHUNK = 16 * 1024;
    private final ByteBuffer bytes = ByteBuffer.allocate(CHUNK).flip();
    private long fed;
    private long line;
    private boolean eof;
    private boolean flushed;
    private int pending = -1;
    private UndecodableInputException fault;

    StrictDecoder(InputStream in, Charset charset) {
        this(in, charset, true);
    }

    StrictDecoder(InputStream in, Charset charset, boolean countLines) {
        this(in, charset, countLines, 0);
    }

    /** @param offset where {@code in} starts in its file (a part of it read on its own), for the fault's offset */
    StrictDecoder(InputStream in, Charset charset, boolean countLines, long offset) {
        this(in, charset, countLines, offset, countLines ? 1 : 0);
    }

    /** As above, {@code line} being the number of the line {@code in} starts on (a part that starts mid-file). */
    StrictDecoder(InputStream in, Charset charset, boolean countLines, long offset, long line) {
        this.fed = offset;
        this.countLines = countLines;
        this.line = line;
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] target, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        if (pending >= 0) {
            target[off] = (char) pending;
            line += pending == '\n' && countLines ? 1 : 0;
            pending = -1;
            return 1;
        }
        if (fault != null) {
            throw fault;
        }
        if (len == 1) {
            return readOne(target, off);
        }
        if (flushed) {
            return -1;
        }
        CharBuffer out = CharBuffer.wrap(target, off, len);
        while (out.position() == off) {
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                fault = new UndecodableInputException(charset, fed - bytes.remaining(), line + newlines(target, off,
                        out.position()), result.length());
                break;
            }
            if (result.isOverflow()) {
                break;
            }
            if (eof) {
                decoder.flush(out);
                flushed = true;
                break;
            }
            fill();
        }
        int n = out.position() - off;
        if (n == 0) {
            if (fault != null) {
                throw fault;
            }
            return -1;
        }
        line += newlines(target, off, off + n);
        return n;
    }

    /** One character into a room for one: a surrogate pair needs two, the second waits for the next call. */
    private int readOne(char[] target, int off) throws IOException {
        char[] two = new char[2];
        int n = read(two, 0, 2);
        if (n <= 0) {
            return n;
        }
        target[off] = two[0];
        if (n == 2) {
            pending = two[1];
            line -= two[1] == '\n' && countLines ? 1 : 0; // counted when it is delivered
        }
        return 1;
    }

    private void fill() throws IOException {
        bytes.compact();
        int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
        if (n < 0) {
            eof = true;
        } else {
            bytes.position(bytes.position() + n);
            fed += n;
        }
        bytes.flip();
    }

    private int newlines(char[] chars, int from, int to) {
        if (!countLines) {
            return 0;
        }
        int n = 0;
        for (int i = from; i < to; i++) {
            if (chars[i] == '\n') {
                n++;
            }
        }
        return n;
    }

    @Override
    public void close() {
        // the input belongs to the caller
    }
}
