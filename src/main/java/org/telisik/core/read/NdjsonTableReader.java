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
        CountingInputStream counted = new CountingInputStream(raw);
        BufferedReader lines = lines(counted, context.charset(), 0);
        sink.startDataset(context.fileName(), "ndjson", null, List.of());
        JsonValueLines values = new JsonValueLines(new JsonRecords(sink));
        long lineNo = 0;
        try {
            String line;
            while ((line = lines.readLine()) != null) {
                values.line(line, ++lineNo);
            }
            values.end();
        } catch (UndecodableInputException | LongLineGuard.LineTooLongException e) {
            sink.endDataset(false, counted.count());
            throw fault(e, lineNo, context.fileName());
        }
        sink.endDataset(values.bad() == 0, counted.count());
        if (values.bad() > 0) {
            sink.warning(badLines(context.fileName(), values.bad(), values.firstBad(), values.records()));
        }
    }

    /** The lines of {@code in}, which starts at file offset {@code offset}, guarded against endless ones. */
    static BufferedReader lines(InputStream in, Charset encoding, long offset) {
        Charset charset = encoding == null ? StandardCharsets.UTF_8 : encoding;
        return new BufferedReader(new LongLineGuard(charset.name().startsWith("UTF-")
                ? new StrictDecoder(in, charset, false, offset) : new InputStreamReader(in, charset),
                CsvTableReader.MAX_LINE));
    }

    /** What stopped the read after {@code lineNo} lines: bytes that are not text, or a line without end. */
    static MalformedInputException fault(IOException e, long lineNo, String fileName) {
        if (e instanceof UndecodableInputException u) {
            return new MalformedInputException(u.atLine(lineNo + 1).error(fileName, "the records before it"), u);
        }
        return new MalformedInputException(new FileError(ErrorCode.RECORD_TOO_LONG, fileName + " has a line of"
                + " more than " + CsvTableReader.MAX_LINE + " characters at line " + (lineNo + 1) + "; the records"
                + " before it were kept, inspect the file by hand or split it."), e);
    }

    static FileError badLines(String fileName, long bad, long firstBad, long records) {
        return new FileError(ErrorCode.BAD_JSON_LINES, fileName + " has " + bad + " line(s) that are not JSON values"
                + " (the first is line " + firstBad + "); they were not read, the " + records + " records on the other"
                + " lines were: check those lines by hand.");
    }

    /** The parser for one gathered value; package-private so tests can hand over lines. */
    static JsonParser parser(String text) throws IOException {
        return JsonInput.open(new java.io.ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), null);
    }
}
