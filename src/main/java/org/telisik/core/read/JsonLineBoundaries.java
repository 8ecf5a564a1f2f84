package org.telisik.core.read;

/**
 * Cuts NDJSON where one JSON value ends and the next begins: at a line end between a line that ends with
 * {@code }} or {@code ]} and one that starts with {@code {} or {@code [}. A JSON string holds no raw line
 * break, so in NDJSON every line end qualifies; in a stream of pretty-printed values only those at the top
 * level do (the lines inside a value are indented), so parts start where values start there too. A line end
 * that is the last byte of a block is passed over: the next line's first byte is not known yet.
 */
public final class JsonLineBoundaries extends LineScan {
    /** The last byte before the current line's end that was not a carriage return. */
    private int lastByte = -1;

    @Override
    public int scan(byte[] b, int off, int end, long from) {
        atBoundary = false;
        int last = lastByte;
        for (int i = off; i < end; i++) {
            int c = b[i];
            if (c == '\n') {
                boolean afterCr = i > off ? b[i - 1] == '\r' : lastWasCr;
                lines += afterCr ? 0 : 1;
                boolean valueEnds = last == '}' || last == ']';
                if (valueEnds && i + 1 < end && (b[i + 1] == '{' || b[i + 1] == '[')
                        && position + (i + 1 - off) >= from) {
                    lastByte = c;
                    return stop(b, off, i + 1, true);
                }
            } else if (c == '\r') {
                lines++;
                continue;
            }
            last = c;
        }
        lastByte = last;
        return stop(b, off, end, false);
    }
}
