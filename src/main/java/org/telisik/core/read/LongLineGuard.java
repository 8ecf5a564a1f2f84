package org.telisik.core.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a line-oriented reader before one endless line exhausts memory: more than {@code maxLine}
 * characters without a line break raise {@link LineTooLongException}. The line's number is the caller's to
 * know (OpenCSV counts the lines it has read).
 *
 * <p>Every character of a CSV passes here, so a chunk no longer than {@code maxLine} is not scanned whole:
 * a line inside it cannot be too long, only the run that continues from the chunk before (up to the
 * chunk's first break) and the run left open at its end (after its last break) can.
 */
final class LongLineGuard extends FilterReader {
    private final long maxLine;
    private long sinceBreak;

    LongLineGuard(Reader in, long maxLine) {
        super(in);
        this.maxLine = maxLine;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            advance((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        if (n <= 0) {
            return n;
        }
        int end = off + n;
        if (n > maxLine) { // a line can lie inside the chunk: every character counts
            for (int i = off; i < end; i++) {
                advance(buf[i]);
            }
            return n;
        }
        int first = off;
        while (first < end && !isBreak(buf[first])) {
            first++;
        }
        if (first == end) {
            sinceBreak += n;
        } else {
            sinceBreak += first - off;
            check();
            int last = end - 1;
            while (!isBreak(buf[last])) {
                last--;
            }
            sinceBreak = end - 1 - last;
        }
        check();
        return n;
    }

    private void advance(char c) throws LineTooLongException {
        sinceBreak = isBreak(c) ? 0 : sinceBreak + 1;
        check();
    }

    private void check() throws LineTooLongException {
        if (sinceBreak > maxLine) {
            throw new LineTooLongException(maxLine);
        }
    }

    private static boolean isBreak(char c) {
        return c == '\n' || c == '\r';
    }

    /** A line longer than the guard allows. */
    static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;

        LineTooLongException(long max) {
            super("a line is longer than " + max + " characters");
        }
    }
}
