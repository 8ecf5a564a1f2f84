package org.telisik.core.read;

import com.opencsv.exceptions.CsvValidationException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.FileError;

/**
 * A large delimited text file read in parts on several threads, each part by its own OpenCSV reader: what the
 * parts share (dialect, header, field count of the first record) is learnt from the head, as
 * {@link CsvTableReader} learns it, and each part counts its lines from the file's. Warnings and errors come
 * out as one read gives them.
 */
public final class CsvParts implements TextParts {
    private final CsvLayout layout;
    private final String fileName;
    private final List<String> columns;
    private final int width;

    private CsvParts(CsvLayout layout, String fileName, List<String> columns, int width) {
        this.layout = layout;
        this.fileName = fileName;
        this.columns = columns;
        this.width = width;
    }

    /**
     * The parts' common layout, or null when the file must be read on one thread: an encoding in which a
     * line-feed byte can be part of another character (UTF-16, UTF-32, multi-byte Asian ones), backslash
     * escapes (the quote scan does not follow them), comment lines (their count is one reader's), a quote
     * character outside ASCII, or a first record longer than the head.
     */
    public static CsvParts of(byte[] head, ReadContext context) throws IOException {
        Charset charset = context.textCharset();
        boolean lineFeedSafe = TextParts.lineFeedSafe(charset);
        if (!lineFeedSafe || head.length < CsvTableReader.SNIFF_BYTES) {
            return null;
        }
        CsvLayout layout = CsvLayout.learn(head, charset);
        if (layout.lenient.backslashEscapes() || layout.lenient.commentLines() > 0
                || layout.lenient.hasInnerComments() || layout.dialect.quote() >= 0x80) {
            return null;
        }
        RecordBoundaries scan = new RecordBoundaries(layout.lenient.quotesArePlain() ? -1 : layout.dialect.quote());
        int end = scan.scan(head, 0, head.length, 1);
        if (!scan.atBoundary()) {
            return null;
        }
        String[] first;
        try {
            first = new CsvRecords(layout.text(new ByteArrayInputStream(head, 0, end), 0), layout, context.fileName(),
                    0, 0).first();
        } catch (CsvValidationException | IOException e) {
            return null; // one read meets the fault and reports it as it does
        }
        List<String> columns = layout.dialect.header() ? Arrays.asList(first) : List.of();
        return new CsvParts(layout, context.fileName(), columns, first.length);
    }

    @Override
    public String name() {
        return fileName;
    }

    @Override
    public String format() {
        return "csv";
    }

    @Override
    public Dialect dialect() {
        return layout.dialect;
    }

    /** The header's names for every part. */
    @Override
    public List<String> columns(boolean first, Tally before) {
        return columns;
    }

    /** Bytes before the first data record: the header with its line break, and any byte order mark. */
    @Override
    public long headerBytes() {
        return layout.headerBytes;
    }

    /** A scan for the cuts between parts, from the file's first byte. */
    @Override
    public Boundaries boundaries() {
        return new RecordBoundaries(layout.lenient.quotesArePlain() ? -1 : layout.dialect.quote());
    }

    /**
     * Reads one part into {@code sink} (a part sink, already started): the first part holds the header.
     *
     * @param offset      where the part starts in the file
     * @param linesBefore lines of the file before it
     * @throws Failure when the part is not valid delimited text to its end (it may start or end inside a record)
     */
    @Override
    public CsvTally read(InputStream part, long offset, long linesBefore, boolean last, Tally before, RecordSink sink)
            throws Failure {
        CountingInputStream counted = new CountingInputStream(part);
        CsvRecords records = new CsvRecords(layout.text(counted, offset), layout, fileName, linesBefore, width);
        try {
            if (offset == 0) {
                String[] first = records.first();
                if (first != null && !layout.dialect.header()) {
                    records.tally.rows++;
                    sink.record(first);
                }
            }
            records.rows(sink);
            return records.tally;
        } catch (CsvValidationException | IOException | RuntimeException e) {
            if (e instanceof InputAbortedException aborted) {
                throw aborted;
            }
            long readTo = e instanceof UndecodableInputException u ? u.byteOffset() : offset + counted.count();
            throw new Failure(records, e, readTo);
        }
    }

    /** The warnings of the whole file, once its parts' tallies are added up. */
    @Override
    public void finish(Tally all, RecordSink sink) {
        ((CsvTally) all).warn(fileName, layout.lenient, sink);
    }

    /** Why a part could not be read to its end; read again from its start, it is the file's own fault. */
    public static final class Failure extends TextParts.Failure {
        private final transient CsvRecords records;
        private final long readTo;

        Failure(CsvRecords records, Exception cause, long readTo) {
            super(cause);
            this.records = records;
            this.readTo = readTo;
        }

        /** The error one read gives, {@code rowsBefore} being the rows of the parts before this one. */
        @Override
        public MalformedInputException error(Tally before) {
            FileError error = records.error((Exception) getCause(), before == null ? 0 : before.rows());
            return new MalformedInputException(error, (Exception) getCause());
        }

        @Override
        public long readTo() {
            return readTo;
        }

        @Override
        public CsvTally tally() {
            return records.tally;
        }
    }
}
