package org.telisik.core.read;

import org.telisik.core.model.ErrorCode;
import com.fasterxml.jackson.core.JsonParser;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.telisik.core.model.FileError;

/**
 * Reads newline-delimited JSON, and any stream of concatenated JSON values: every top-level object is a record of
 * one dataset, and so is every element of a top-level array. Lines are parsed one by one, so a line that is not
 * JSON costs that line only: it is counted, the first named in the error, the dataset marked incomplete, and the
 * lines after it are read. A value spread over several lines (pretty-printed) is gathered until it closes.
 */
public final class NdjsonTableReader implements TableReader {
    /** A value still open after this many lines is taken for a broken line, and the lines after it re-read. */
    static final int MAX_VALUE_LINES = 1_000;

    @Override
    public void read(InputStream raw, ReadContext context, RecordSink sink) throws IOException {
        Charset charset = context.charset() == null ? StandardCharsets.UTF_8 : context.charset();
        CountingInputStream counted = new CountingInputStream(raw);
        BufferedReader lines = new BufferedReader(new LongLineGuard(charset.name().startsWith("UTF-")
                ? new StrictDecoder(counted, charset, false) : new InputStreamReader(counted, charset),
                CsvTableReader.MAX_LINE));
        sink.startDataset(context.fileName(), "ndjson", null, List.of());
        JsonValueLines values = new JsonValueLines(new JsonRecords(sink));
        long lineNo = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                values.line(line, ++lineNo);
            }
            values.end();
        } catch (UndecodableInputException e) {
            sink.endDataset(false, counted.count());
            throw new MalformedInputException(e.atLine(lineNo + 1).error(context.fileName(), "the records before it"), e);
        } catch (LongLineGuard.LineTooLongException e) {
            sink.endDataset(false, counted.count());
            throw new MalformedInputException(new FileError(ErrorCode.RECORD_TOO_LONG, context.fileName() + " has a line of"
                    + " more than " + CsvTableReader.MAX_LINE + " characters at line " + (lineNo + 1) + "; the records"
                    + " before it were kept, inspect the file by hand or split it."), e);
        }
        sink.endDataset(values.bad() == 0, counted.count());
        if (values.bad() > 0) {
            sink.warning(new FileError(ErrorCode.BAD_JSON_LINES, context.fileName() + " has " + values.bad()
                    + " line(s) that are not JSON values (the first is line " + values.firstBad() + "); they were not"
                    + " read, the " + values.records() + " records on the other lines were: check those lines by hand."));
        }
    }

    /** The parser for one gathered value; package-private so tests can hand over lines. */
    static JsonParser parser(String text) throws IOException {
        return JsonInput.open(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
    }
}
