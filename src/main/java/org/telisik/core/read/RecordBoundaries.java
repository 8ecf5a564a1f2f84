package org.telisik.core.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

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
 *
 * <p>The reading thread scans every byte of the file here before any part is parsed, so the bytes before the
 * asked offset, which cannot hold the cut, are only counted, eight at a time: a word without a quote, CR or LF
 * (most of them) costs a few operations, the others add the bit counts of their exact byte masks.
 */
public final class RecordBoundaries extends LineScan {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long LOW7 = 0x7F7F7F7F7F7F7F7FL;
    private static final long HIGH = 0x8080808080808080L;
    private final int quote;
    /** The quote byte in every byte of a word, and all ones when there is one (else no byte is taken for it). */
    private final long quotes;
    private final long quoteMask;
    private boolean quoted;

    /** @param quote the quote byte, or -1 when quotes are plain characters */
    public RecordBoundaries(int quote) {
        this.quote = quote < 0 ? 0x100 : quote; // no byte, read as a signed number, is ever 0x100
        this.quotes = quote < 0 ? 0 : (quote & 0xFF) * ONES;
        this.quoteMask = quote < 0 ? 0 : -1L;
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
        long before = Math.max(0, from - 1 - position); // bytes from off that cannot end the scan
        int i = off + count(b, off, (int) Math.min(end - off, before) & ~7);
        for (; i < end; i++) {
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

    /**
     * Counts the quotes and line ends of {@code b[off, off + len)}, {@code len} a multiple of eight, as the byte
     * loop of {@link #scan} would. Lines: every CR and every LF, less each LF right after a CR.
     */
    private int count(byte[] b, int off, int len) {
        long q = quotes;
        long quoteBytes = 0;
        long crs = 0;
        long lfs = 0;
        long crLfs = 0;
        long crBefore = lastWasCr ? 1 : 0; // the byte before the word was a CR
        for (int i = off, end = off + len; i < end; i += 8) {
            long w = (long) LONGS.get(b, i);
            long wq = w ^ q;
            if ((((w - 0x0E * ONES) & ~w | (wq - ONES) & ~wq) & HIGH) == 0) { // no byte below 0x0E, no quote
                crBefore = 0;
                continue;
            }
            long mq = zeros(wq) & quoteMask;
            long mr = zeros(w ^ ('\r' * ONES));
            long ml = zeros(w ^ ('\n' * ONES));
            quoteBytes += Long.bitCount(mq);
            crs += Long.bitCount(mr);
            lfs += Long.bitCount(ml);
            crLfs += Long.bitCount(((mr << 8) | (crBefore << 7)) & ml);
            crBefore = mr >>> 63;
        }
        quoted ^= (quoteBytes & 1) != 0;
        lines += crs + lfs - crLfs;
        return len;
    }

    /** 0x80 in each byte of {@code x} that is zero, nothing elsewhere (no borrow crosses bytes). */
    static long zeros(long x) {
        long t = (x & LOW7) + LOW7;
        return ~(t | x | LOW7);
    }
}
