package org.telisik.core.read;

/**
 * Finds where records of delimited text end, in bytes, so that a large file can be cut into parts that start
 * at true record starts and are read on threads of their own. A line feed ends a record unless an odd number
 * of quote bytes came before it (a line break inside a quoted field): the quote-parity scan. A doubled quote
 * toggles twice, so it needs no special case. Where a parser sees the quotes otherwise (a bare quote inside an
 * unquoted field), the part before a cut so placed ends inside a quoted field, and its parser says so at its
 * end (an unterminated quote): that part is then read again with everything after it, on one thread.
 *
 * <p>Only encodings in which the byte 0x0A is always a line feed qualify (UTF-8, single-byte ones); lines are
 * counted as a line reader counts them (CR LF, LF and CR each end one), so a part knows its first line.
 */
public final class RecordBoundaries implements Boundaries {
    private final int quote;
    private boolean quoted;
    private boolean lastWasCr;
    private long lines;
    private long position;
    private boolean atBoundary;

    /** @param quote the quote byte, or -1 when quotes are plain characters */
    public RecordBoundaries(int quote) {
        this.quote = quote < 0 ? 0x100 : quote; // no byte, read as a signed number, is ever 0x100
    }

    /**
     * Scans {@code b[off, end)}, which follow the bytes scanned before, and stops just after the first record
     * end at or after file offset {@code from}.
     *
     * @return the index it stopped at: {@code end}, or just after a record end when {@link #atBoundary()}
     */
    public int scan(byte[] b, int off, int end, long from) {
        atBoundary = false;
        int q = quote;
        for (int i = off; i < end; i++) {
            int c = b[i];
            if ((c > '\r' || c < 0) && c != q) {
                continue;
            }
            if (c == q) {
                quoted = !quoted;
            } else if (c == '\n') {
                boolean afterCr = i > off ? b[i - 1] == '\r' : lastWasCr;
                lines += afterCr ? 0 : 1;
                if (!quoted && position + (i + 1 - off) >= from) {
                    return stop(b, off, i + 1, true);
                }
            } else if (c == '\r') {
                lines++;
            }
        }
        return stop(b, off, end, false);
    }

    private int stop(byte[] b, int off, int at, boolean boundary) {
        if (at > off) {
            lastWasCr = b[at - 1] == '\r';
        }
        position += at - off;
        atBoundary = boundary;
        return at;
    }

    public boolean atBoundary() {
        return atBoundary;
    }

    /** File offset of the next byte to scan. */
    public long position() {
        return position;
    }

    /** Lines ended before {@link #position()}. */
    public long lines() {
        return lines;
    }
}
