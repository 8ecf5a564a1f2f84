package org.telisik.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Characters of a text input one at a time, with one character of look-ahead, the line number and the
 * exact number of input bytes the characters consumed so far occupy (computed from each character's width
 * in the encoding, so read-ahead buffering never blurs it). Undecodable bytes raise
 * {@link UndecodableInputException} once every character before them was read, instead of turning into
 * replacement characters.
 */
final class CharSource {
    private final Reader in;
    private final char[] buffer = new char[64 * 1024];
    private final int fixedWidth;
    private int pos;
    private int len;
    private long bytes;
    private long line;

    CharSource(InputStream raw, Charset charset) {
        this(raw, charset, 0, 1);
    }

    /**
     * Characters of a stretch of a file that starts at byte {@code offset} on line {@code line} (at a character's
     * start): positions, line numbers and the offsets of undecodable bytes are the file's.
     */
    CharSource(InputStream raw, Charset charset, long offset, long line) {
        Charset cs = charset == null ? StandardCharsets.UTF_8 : charset;
        this.in = new StrictDecoder(raw, cs, true, offset, line);
        this.bytes = offset;
        this.line = line;
        this.fixedWidth = cs.equals(StandardCharsets.UTF_8) ? 0 : cs.name().startsWith("UTF-16") ? 2 : 1;
    }

    /** The next character without consuming it, -1 at the end. */
    int peek() throws IOException {
        if (pos == len && !fill()) {
            return -1;
        }
        return buffer[pos];
    }

    /** The character after the next one, -1 past the end; may compact the buffer. */
    int peek2() throws IOException {
        String ahead = lookahead(2);
        return ahead.length() >= 2 ? ahead.charAt(1) : -1;
    }

    /**
     * Up to the next {@code n} characters (fewer at the end of the input) without consuming them; may compact
     * the buffer. {@code n} must be well below the buffer's size.
     */
    String lookahead(int n) throws IOException {
        if (len - pos < n) {
            System.arraycopy(buffer, pos, buffer, 0, len - pos);
            len -= pos;
            pos = 0;
            int r;
            while (len < n && (r = in.read(buffer, len, buffer.length - len)) >= 0) {
                len += r;
            }
        }
        return new String(buffer, pos, Math.min(n, len - pos));
    }

    int read() throws IOException {
        int c = peek();
        if (c >= 0) {
            pos++;
            bytes += width((char) c);
            if (c == '\n') {
                line++;
            }
        }
        return c;
    }

    /**
     * Consumes the characters before the next {@code stop} or {@code other} (which stays unread) and appends
     * the first {@code room} of them to {@code sb}; the rest are dropped. One bulk copy per buffer instead of a
     * call per character: string literals of a dump can be hundreds of megabytes of INSERT line.
     *
     * @return false when the input ended before a stop character
     */
    boolean appendUntil(StringBuilder sb, char stop, char other, int room) throws IOException {
        int left = Math.max(0, room);
        while (pos < len || fill()) {
            int i = pos;
            long b = 0;
            long breaks = 0;
            while (i < len) {
                char c = buffer[i];
                if (c == stop || c == other) {
                    break;
                }
                b += width(c);
                breaks += c == '\n' ? 1 : 0;
                i++;
            }
            int keep = Math.min(i - pos, left);
            sb.append(buffer, pos, keep);
            left -= keep;
            bytes += b;
            line += breaks;
            pos = i;
            if (i < len) {
                return true;
            }
        }
        return false;
    }

    long bytePosition() {
        return bytes;
    }

    long line() {
        return line;
    }

    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(buffer, 0, buffer.length);
        } while (n == 0);
        pos = 0;
        len = Math.max(n, 0);
        return n > 0;
    }

    private int width(char c) {
        if (fixedWidth > 0) {
            return fixedWidth;
        }
        return c < 0x80 ? 1 : c < 0x800 || Character.isSurrogate(c) ? 2 : 3;
    }
}
