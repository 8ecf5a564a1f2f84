package org.telisik.core.read;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Stops a line-oriented reader before one endless line exhausts memory: more than {@code maxLine}
 * characters without a line break raise {@link LineTooLongException}.
 */
final class LongLineGuard extends FilterReader {
    private final long maxLine;
    private long sinceBreak;
    private long lines = 1;

    LongLineGuard(Reader in, long maxLine) {
        super(in);
        this.maxLine = maxLine;
    }

    @Override
    public int read() throws IOException {
        int c = super.read();
        if (c >= 0) {
            count((char) c);
        }
        return c;
    }

    @Override
    public int read(char[] buf, int off, int len) throws IOException {
        int n = super.read(buf, off, len);
        long since = sinceBreak;
        for (int i = off; i < off + n; i++) { // every character of the input passes here: kept tight
            char c = buf[i];
            if (c == '\n' || c == '\r') {
                since = 0;
                lines += c == '\n' ? 1 : 0;
            } else if (++since > maxLine) {
                throw new LineTooLongException(lines, maxLine);
            }
        }
        sinceBreak = since;
        return n;
    }

    private void count(char c) throws LineTooLongException {
        if (c == '\n' || c == '\r') {
            sinceBreak = 0;
            lines += c == '\n' ? 1 : 0;
        } else if (++sinceBreak > maxLine) {
            throw new LineTooLongException(lines, maxLine);
        }
    }

    /** A line longer than the guard allows. */
    static final class LineTooLongException extends IOException {
        private static final long serialVersionUID = 1L;
        final long line;

        LineTooLongException(long line, long max) {
            super("line " + line + " is longer than " + max + " characters");
            this.line = line;
        }
    }
}
