package org.telisik.core.read;

/**
 * A byte scan that finds where a text file can be cut into parts read on threads of their own: after a record's
 * end, as a reader of the format would see it if the scan read the bytes as it does (the parts check that).
 * Fed the file's bytes in order, block by block; counts lines as a line reader counts them (CR LF, LF and CR
 * each end one), so a part knows its first line.
 */
public interface Boundaries {
    /**
     * Scans {@code b[off, end)}, which follow the bytes scanned before, and stops just after the first cut
     * at or after file offset {@code from}.
     *
     * @return the index it stopped at: {@code end}, or just after a record end when {@link #atBoundary()}
     */
    int scan(byte[] b, int off, int end, long from);

    /** True when the last scan stopped at a cut. */
    boolean atBoundary();

    /** File offset of the next byte to scan. */
    long position();

    /** Lines ended before {@link #position()}. */
    long lines();
}
