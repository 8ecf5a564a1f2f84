package org.telisik.core.read;

/**
 * What both cut scans keep between blocks ({@link RecordBoundaries} for delimited text, {@link JsonLineBoundaries}
 * for NDJSON): the file offset reached, the lines ended before it (CR LF, LF and CR each end one, as a line reader
 * counts them), whether the last scan stopped at a cut, and whether the byte before the offset was a CR, so that
 * an LF opening the next block is not counted twice.
 */
abstract class LineScan implements Boundaries {
    long lines;
    long position;
    boolean atBoundary;
    boolean lastWasCr;

    /** Ends a scan of {@code b[off, at)}: moves the offset on and says whether it stopped at a cut. */
    final int stop(byte[] b, int off, int at, boolean boundary) {
        if (at > off) {
            lastWasCr = b[at - 1] == '\r';
        }
        position += at - off;
        atBoundary = boundary;
        return at;
    }

    @Override
    public final boolean atBoundary() {
        return atBoundary;
    }

    /** File offset of the next byte to scan. */
    @Override
    public final long position() {
        return position;
    }

    /** Lines ended before {@link #position()}. */
    @Override
    public final long lines() {
        return lines;
    }
}
