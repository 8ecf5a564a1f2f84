package org.telisik.core.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;

/**
 * The rows of a PostgreSQL COPY block in pieces read on threads of their own ({@link SqlParts}): the reading thread
 * passes over each row to its line feed as {@link CopyLines} reads it (a backslash escapes the character after it,
 * a line break included), so a piece holds whole rows and never the end marker.
 */
final class CopyRows {
    private CopyRows() {
    }

    /** Consumes one row through its line feed. */
    static void skip(CharSource src) throws IOException {
        StringBuilder none = new StringBuilder(0);
        while (true) {
            if (!src.appendUntil(none, '\n', '\\', 0)) {
                throw new EOFException("the file ends inside a COPY block");
            }
            if (src.read() == '\n') {
                return;
            }
            src.read(); // the escaped character
        }
    }

    /** Reads a piece of whole rows into {@code part}: good when every row ended within it and none was the end marker. */
    static SqlRange.Result piece(InputStream in, Charset charset, RecordSink part) {
        CharSource src = new CharSource(in, charset);
        CopyLines lines = new CopyLines(src);
        try {
            while (src.peek() >= 0) {
                String[] row = lines.next();
                if (row == null) {
                    return SqlRange.Result.BAD;
                }
                part.record(row);
            }
            return new SqlRange.Result(true, 0, 0);
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputAbortedException aborted) {
                throw aborted;
            }
            return SqlRange.Result.BAD;
        }
    }

    /** Reads the rows of the rest of a block into {@code part} up to the fault one read stops at, which is dropped. */
    static void read(CharSource src, RecordSink part) throws IOException {
        CopyLines lines = new CopyLines(src);
        try {
            for (String[] row; (row = lines.next()) != null; ) {
                part.record(row);
            }
        } catch (EOFException | UndecodableInputException e) {
            // the reading thread met it too and throws its own, as one read does
        }
    }
}
