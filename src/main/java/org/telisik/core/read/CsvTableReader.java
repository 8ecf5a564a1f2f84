package org.telisik.core.read;

import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;

/**
 * Reads delimited text through OpenCSV after sniffing its dialect from the first 64 KB. Bounded memory on
 * hostile input: a line of more than {@link #MAX_LINE} characters or a quoted field running over more than
 * {@link #MAX_RECORD_LINES} lines (an unbalanced quote) stops the read with the rows before it kept.
 * Rows with another field count than the first are kept and reported as a warning. Text in a Unicode
 * encoding (UTF-8, UTF-16) that holds an invalid byte sequence stops at it: the rows before are kept, the
 * dataset is incomplete and the error says where the fault is. A single-byte encoding has no invalid
 * sequences, only a few unassigned bytes; rows holding them are kept with U+FFFD and reported as a warning.
 */
public final class CsvTableReader implements TableReader {
    static final int MAX_LINE = 4 * 1024 * 1024;
    static final int MAX_RECORD_LINES = 2_000;
    public static final int SNIFF_BYTES = 64 * 1024;

    @Override
    public void read(InputStream raw, ReadContext context, RecordSink sink) throws IOException {
        Charset charset = context.textCharset();
        Head peek = Head.of(raw, SNIFF_BYTES);
        CsvLayout layout = CsvLayout.learn(peek.bytes(), charset);
        CountingInputStream counted = new CountingInputStream(peek.in());
        CsvLayout.Text text = layout.text(counted, 0);
        skipLines(text.reader(), layout.lenient.commentLines());
        CsvRecords records = new CsvRecords(text, layout, context.fileName(), 0, 0);
        read(records, layout, counted, context.fileName(), sink);
    }

    /** One pass over the records of the file. */
    private static void read(CsvRecords records, CsvLayout layout, CountingInputStream counted, String fileName,
                             RecordSink sink) throws IOException {
        boolean started = false;
        try {
            String[] first = records.first();
            List<String> columns = first != null && layout.dialect.header() ? Arrays.asList(first) : List.of();
            sink.startDataset(fileName, "csv", layout.dialect, columns);
            started = true;
            if (first == null) {
                sink.endDataset(true, 0);
                return;
            }
            records.tally.width = first.length;
            if (!layout.dialect.header()) {
                records.tally.rows++;
                sink.record(first);
            }
            records.rows(sink);
            sink.endDataset(true, Math.max(0, counted.count() - layout.headerBytes));
            records.tally.warn(fileName, layout.lenient, sink);
        } catch (CsvValidationException | IOException | RuntimeException e) {
            if (e instanceof InputAbortedException aborted) {
                throw aborted;
            }
            if (started) {
                long readTo = e instanceof UndecodableInputException u ? u.byteOffset() : counted.count();
                sink.endDataset(false, Math.max(0, readTo - layout.headerBytes));
            }
            throw new MalformedInputException(records.error(e, 0), e);
        }
    }

    private static void skipLines(Reader in, int lines) throws IOException {
        for (int left = lines; left > 0; ) {
            int c = in.read();
            if (c < 0) {
                return;
            }
            left -= c == '\n' ? 1 : 0;
        }
    }
}
