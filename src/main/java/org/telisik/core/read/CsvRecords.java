package org.telisik.core.read;

import com.opencsv.CSVReader;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;

/**
 * The records of delimited text, a whole file's or one part's, passed to a sink and tallied. Line numbers are
 * those of the file: a part knows how many lines came before it.
 */
final class CsvRecords {
    private final CSVReader csv;
    private final CsvLayout layout;
    private final String fileName;
    private final long linesBefore;
    private final ControlWatch controls;
    final CsvTally tally;

    /** @param linesBefore lines of the file before {@code text} (0 for a whole file) */
    CsvRecords(CsvLayout.Text text, CsvLayout layout, String fileName, long linesBefore, int width) {
        this.csv = layout.csv(text.reader());
        this.controls = text.controls();
        this.layout = layout;
        this.fileName = fileName;
        this.linesBefore = linesBefore;
        this.tally = new CsvTally(width);
    }

    /** The first record, the byte order mark taken off its first value; null for no record. */
    String[] first() throws IOException, CsvValidationException {
        String[] first = csv.readNext();
        if (first != null && first.length > 0 && !first[0].isEmpty() && first[0].charAt(0) == '\uFEFF') {
            first[0] = first[0].substring(1);
        }
        return first;
    }

    /** Passes every further record to the sink, skipping blank lines and comment lines among the rows. */
    void rows(RecordSink sink) throws IOException, CsvValidationException {
        int comments = layout.lenient.commentLines();
        String[] row;
        while ((row = csv.readNext()) != null) {
            if (row.length == 1 && row[0].isEmpty()) {
                continue; // blank line
            }
            long raw = linesBefore + csv.getLinesRead();
            if (layout.lenient.isComment(row, tally.width, raw + comments)) {
                continue;
            }
            tally.take(row, raw + comments, raw, layout.unicode, controls.seen());
            sink.record(row);
        }
    }

    /** What stopped the read, with the line as the file counts it and the rows read before it. */
    FileError error(Exception e, long rowsBefore) {
        long line = linesBefore + csv.getLinesRead();
        long rows = rowsBefore + tally.rows;
        // the line being read when the guard or the decoder stopped is the one after the last line read
        if (e instanceof LongLineGuard.LineTooLongException) {
            return new FileError(ErrorCode.RECORD_TOO_LONG, fileName + " has a line of more than "
                    + CsvTableReader.MAX_LINE + " characters at line " + (line + 1) + ", which is no table row; the"
                    + " rows before it were kept, inspect the file by hand or split it.");
        }
        if (e instanceof UndecodableInputException fault) {
            return fault.atLine(line + 1).error(fileName, "the " + rows + " row(s) before it");
        }
        if (e instanceof CharacterCodingException) {
            return new FileError(ErrorCode.INVALID_ENCODING, fileName + " has bytes that are not valid "
                    + "text near line " + line + "; the rows before them were kept, check the file's encoding"
                    + " or look for damage.");
        }
        if (e instanceof com.opencsv.exceptions.CsvMalformedLineException
                || e instanceof com.opencsv.exceptions.CsvMultilineLimitBrokenException) {
            return new FileError(ErrorCode.UNBALANCED_QUOTE, fileName + " has a quoted field opened near line " + line
                    + " that is never closed; the rows before it were kept, check for a stray quote or a cut.");
        }
        return new FileError(ErrorCode.MALFORMED_CSV, fileName + " stops being valid delimited text near line " + line
                + " (" + e.getMessage() + "); rows before it were kept, check the file for a cut.");
    }
}
