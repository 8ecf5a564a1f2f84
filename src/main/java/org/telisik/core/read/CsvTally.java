package org.telisik.core.read;

import org.telisik.core.detect.CsvLeniency;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;

/**
 * What the records of delimited text showed besides their values: how many there were, and the rows that
 * needed leniency (another field count, control characters, undecodable bytes), each kind with the first
 * line it occurred on. The tallies of a file's parts, read on threads of their own, add up in file order to
 * the tally one read would give, so the warnings name the same counts and lines.
 */
public final class CsvTally implements TextParts.Tally {
    long rows;
    int width;
    private long ragged;
    private long firstRaggedLine;
    private long controls;
    private long firstControlLine;
    private long undecodable;
    private long firstUndecodableLine;

    CsvTally(int width) {
        this.width = width;
    }

    /**
     * @param line    the row's last line as a person counts it
     * @param rawLine the same as OpenCSV counted it, without the skipped comment lines (what older warnings named)
     * @param mayHoldControl false when no control character has been read yet, so the row cannot hold one
     */
    void take(String[] row, long line, long rawLine, boolean strict, boolean mayHoldControl) {
        rows++;
        if (row.length != width && ragged++ == 0) {
            firstRaggedLine = line;
        }
        if (mayHoldControl && hasControl(row) && controls++ == 0) {
            firstControlLine = line;
        }
        if (!strict && hasReplacement(row) && undecodable++ == 0) {
            firstUndecodableLine = rawLine;
        }
    }

    /** Adds the tally of the records that came directly after these. */
    public void absorb(CsvTally later) {
        rows += later.rows;
        firstRaggedLine = ragged == 0 ? later.firstRaggedLine : firstRaggedLine;
        ragged += later.ragged;
        firstControlLine = controls == 0 ? later.firstControlLine : firstControlLine;
        controls += later.controls;
        firstUndecodableLine = undecodable == 0 ? later.firstUndecodableLine : firstUndecodableLine;
        undecodable += later.undecodable;
    }

    @Override
    public long rows() {
        return rows;
    }

    /** Every part of delimited text follows the one before: the header and the field count are the file's. */
    @Override
    public boolean follows(TextParts.Tally later) {
        absorb((CsvTally) later);
        return true;
    }

    /** The warnings of a file read to its end, in the order a reader gives them. */
    void warn(String fileName, CsvLeniency lenient, RecordSink sink) {
        String kinds = lenient.describe();
        if (controls > 0) {
            kinds += (kinds.isEmpty() ? "" : ", ") + controls + " row(s) with control characters in fields (first"
                    + " near line " + firstControlLine + ")";
        }
        if (!kinds.isEmpty()) {
            if (ragged > 0) {
                kinds += ", " + ragged + " row(s) with another field count than the " + width + " of the first (first"
                        + " near line " + firstRaggedLine + ")";
            }
            sink.warning(new FileError(ErrorCode.LENIENT_TABLE, fileName + " is not strict delimited text: "
                    + kinds + "; every row was kept as read, check those lines against the source."));
        }
        if (undecodable > 0) {
            sink.warning(new FileError(ErrorCode.INVALID_ENCODING, fileName + " has " + undecodable + " row(s) with bytes"
                    + " that are not valid text in its encoding (first near line " + firstUndecodableLine
                    + "); they were kept with the bad bytes replaced, check the export or look for damage."));
        }
        if (ragged > 0) {
            sink.warning(new FileError(ErrorCode.RAGGED_ROWS, fileName + " has " + ragged + " row(s) whose field count"
                    + " differs from the " + width + " of the first row (first near line " + firstRaggedLine
                    + "); they were kept, short rows padded with empty values: check the export's delimiter."));
        }
    }

    /** Control characters (other than tab and line breaks) inside fields: kept, and flagged. */
    private static boolean hasControl(String[] row) {
        for (String v : row) {
            for (int i = 0; i < v.length(); i++) {
                char c = v.charAt(i);
                if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasReplacement(String[] row) {
        for (String v : row) {
            if (v.indexOf('\uFFFD') >= 0) {
                return true;
            }
        }
        return false;
    }
}
