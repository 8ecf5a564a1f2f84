package org.telisik.core.read;

import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;

/**
 * Statements of a dump that may carry data but were not read as rows (UPDATE, MERGE, INSERT ... DEFAULT
 * VALUES, COPY from another file, words the reader does not know): counted, so that the report says so
 * instead of dropping them without a word.
 */
final class SkippedStatements {
    private long count;
    private long firstLine;
    private String firstVerb;

    void add(long line, String verb) {
        if (count++ == 0) {
            firstLine = line;
            firstVerb = verb.length() > 40 ? verb.substring(0, 40) : verb;
        }
    }

    /** A copy, so that a stretch of the dump read again goes on from the count as it was there. */
    SkippedStatements copy() {
        SkippedStatements c = new SkippedStatements();
        c.count = count;
        c.firstLine = firstLine;
        c.firstVerb = firstVerb;
        return c;
    }

    long count() {
        return count;
    }

    FileError warning(String fileName) {
        return new FileError(ErrorCode.SQL_STATEMENTS_SKIPPED, fileName + " holds " + count + " statement"
                + (count == 1 ? "" : "s") + " not read as rows (the first at line " + firstLine + ": " + firstVerb
                + "); the rows of its INSERT and COPY statements were read, check the others by hand.");
    }
}
