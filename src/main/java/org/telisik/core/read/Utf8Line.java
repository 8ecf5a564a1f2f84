package org.telisik.core.read;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * A line of {@link ByteLines} that holds bytes above 0x7F, through the JDK's strict UTF-8 decoder: its text, or
 * the fault {@link StrictDecoder} would have raised in it, or the guard's {@link LongLineGuard.LineTooLongException}
 * when the characters before the end or the fault are more than the limit. The UTF-8 decoder keeps no state
 * between sequences, so decoding a line on its own with the byte that ends it (never part of a sequence) decides
 * every sequence as decoding the stream did.
 */
final class Utf8Line {
    private final long maxLine;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private char[] chars = new char[256];
    private CharBuffer counting;
    /** Of the line being read: bytes from its start already counted, and their characters. */
    private int counted;
    private long countedChars;

    Utf8Line(long maxLine) {
        this.maxLine = maxLine;
    }

    /** A new line starts: nothing of it counted. */
    void start() {
        counted = 0;
        countedChars = 0;
    }

    /**
     * The line {@code buf[from, end)}; {@code terminated}: a CR or LF at {@code end}, else the input's end.
     *
     * @param base the file offset of {@code buf[0]}
     */
    String line(byte[] buf, int from, int end, boolean terminated, long base) throws IOException {
        int to = terminated ? end + 1 : end;
        if (chars.length < to - from) {
            chars = new char[Math.max(to - from, chars.length * 2)];
        }
        CharBuffer out = CharBuffer.wrap(chars);
        ByteBuffer bytes = ByteBuffer.wrap(buf, from, to - from);
        decoder.reset();
        CoderResult result = decoder.decode(bytes, out, !terminated);
        if (result.isError()) {
            throw faultAt(bytes, out.position(), result, base);
        }
        int n = out.position() - (terminated ? 1 : 0);
        if (n > maxLine) {
            throw new LongLineGuard.LineTooLongException(maxLine);
        }
        return new String(chars, 0, n);
    }

    /**
     * Counts the characters of the unfinished line {@code buf[from, to)} (from where the last count stopped; an
     * unfinished sequence at its end waits for the next) and throws what the old chain would have met in them: a
     * decoding fault, or more than the limit.
     */
    void count(byte[] buf, int from, int to, long base) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(buf, from + counted, to - from - counted);
        CharBuffer out = counting == null ? counting = CharBuffer.allocate(8192) : counting;
        decoder.reset();
        while (true) {
            out.clear();
            CoderResult result = decoder.decode(bytes, out, false);
            countedChars += out.position();
            if (result.isError()) {
                throw faultAt(bytes, countedChars, result, base);
            }
            if (result.isUnderflow()) {
                break;
            }
        }
        counted = bytes.position() - from;
        if (countedChars > maxLine) {
            throw new LongLineGuard.LineTooLongException(maxLine);
        }
    }

    /** The decoding fault at {@code bytes}' position, or the guard's when the characters before it are too many. */
    private IOException faultAt(ByteBuffer bytes, long charsBefore, CoderResult result, long base) {
        if (charsBefore > maxLine) {
            return new LongLineGuard.LineTooLongException(maxLine);
        }
        return new UndecodableInputException(StandardCharsets.UTF_8, base + bytes.position(), 0, result.length());
    }
}
