package org.telisik.core.read;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.Dialect;

/**
 * A large NDJSON file read in parts on several threads ({@link TextParts}), each part by its own line reader: a
 * JSON string cannot hold a raw line break, so every line end outside a value spread over lines is a record
 * end. Records list their keys in any order and a key may first appear deep in the file, while the sinks pair
 * columns by position: every part but the first starts with the columns of the file's head, in the order one
 * read meets them, and a part follows the parts before it only when one column list is the start of the other
 * (both met the keys beyond the head in the same order). A part that ends inside a value spread over lines, or
 * meets keys in another order, is read again with the rest of the file, starting from the parts' columns.
 */
public final class NdjsonParts implements TextParts {
    private final String fileName;
    private final Charset charset;
    private final List<String> head;

    private NdjsonParts(String fileName, Charset charset, List<String> head) {
        this.fileName = fileName;
        this.charset = charset;
        this.head = head;
    }

    /**
     * The parts' common start, learnt from the complete lines of the head; null when the file must be read on one
     * thread: an encoding in which a line-feed byte can be part of another character, or a head without a line end.
     */
    public static NdjsonParts of(byte[] head, ReadContext context) throws IOException {
        Charset charset = context.textCharset();
        boolean lineFeedSafe = TextParts.lineFeedSafe(charset);
        int end = head.length;
        while (end > 0 && head[end - 1] != '\n') {
            end--;
        }
        if (!lineFeedSafe || end == 0) {
            return null;
        }
        Columns names = new Columns(null);
        JsonValueLines values = new JsonValueLines(new JsonRecords(names));
        try {
            BufferedReader lines = NdjsonTableReader.lines(new ByteArrayInputStream(head, 0, end), charset, 0);
            long n = 0;
            for (String line; (line = lines.readLine()) != null; ) {
                values.line(line, ++n);
            }
        } catch (IOException e) {
            return null; // one read meets the fault and reports it as it does
        }
        return new NdjsonParts(context.fileName(), charset, List.copyOf(names.names));
    }

    @Override
    public String name() {
        return fileName;
    }

    @Override
    public String format() {
        return "ndjson";
    }

    @Override
    public Dialect dialect() {
        return null;
    }

    /** None for the first part, which meets its keys as one read does; the head's, or the parts' before, for others. */
    @Override
    public List<String> columns(boolean first, Tally before) {
        return before != null ? ((NdjsonTally) before).columns : first ? List.of() : head;
    }

    @Override
    public long headerBytes() {
        return 0;
    }

    /** Line ends between values ({@link JsonLineBoundaries}). */
    @Override
    public Boundaries boundaries() {
        return new JsonLineBoundaries();
    }

    @Override
    public NdjsonTally read(InputStream part, long offset, long linesBefore, boolean last, Tally before,
                            RecordSink sink) throws Failure {
        List<String> start = columns(offset == 0, before);
        Columns named = new Columns(sink);
        named.names.addAll(start);
        JsonValueLines values = new JsonValueLines(new JsonRecords(named, start));
        CountingInputStream counted = new CountingInputStream(part);
        long lineNo = linesBefore;
        try {
            BufferedReader lines = NdjsonTableReader.lines(counted, charset, offset);
            for (String line; (line = lines.readLine()) != null; ) {
                values.line(line, ++lineNo);
            }
            if (last) {
                values.end();
            } else if (values.pending()) {
                throw new IOException("a value spread over lines runs on past the part's end");
            }
            return new NdjsonTally(values, named.names, start.size());
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputAbortedException aborted) {
                throw aborted;
            }
            long readTo = e instanceof UndecodableInputException u ? u.byteOffset() : offset + counted.count();
            throw new Failure(fileName, new NdjsonTally(values, named.names, start.size()), e, readTo, lineNo);
        }
    }

    @Override
    public void finish(Tally all, RecordSink sink) {
        NdjsonTally t = (NdjsonTally) all;
        if (t.bad > 0) {
            sink.warning(NdjsonTableReader.badLines(fileName, t.bad, t.firstBad, t.records));
        }
    }

    /** Records, lines that were not JSON, and the columns in the order the part's sink has them. */
    static final class NdjsonTally implements Tally {
        private long records;
        private long bad;
        private long firstBad;
        private List<String> columns;
        private final int started;

        NdjsonTally(JsonValueLines values, List<String> columns, int started) {
            this.records = values.records();
            this.bad = values.bad();
            this.firstBad = values.firstBad();
            this.columns = List.copyOf(columns);
            this.started = started;
        }

        @Override
        public long rows() {
            return records;
        }

        @Override
        public boolean complete() {
            return bad == 0;
        }

        /** Later's columns index as one read's would: it started with columns these have, in their order. */
        @Override
        public boolean follows(Tally other) {
            NdjsonTally later = (NdjsonTally) other;
            List<String> shorter = columns.size() <= later.columns.size() ? columns : later.columns;
            List<String> longer = shorter == columns ? later.columns : columns;
            if (later.started > columns.size() || !longer.subList(0, shorter.size()).equals(shorter)) {
                return false;
            }
            columns = longer;
            records += later.records;
            firstBad = bad == 0 ? later.firstBad : firstBad;
            bad += later.bad;
            return true;
        }
    }

    /** Notes the columns a reader announces, in order, and passes everything on (to nowhere for the head). */
    private static final class Columns implements RecordSink {
        private final RecordSink next;
        private final List<String> names = new ArrayList<>();

        Columns(RecordSink next) {
            this.next = next;
        }

        @Override
        public void startDataset(String name, String format, Dialect dialect, List<String> columns) {
            throw new IllegalStateException("a part's sink is started when it is made");
        }

        @Override
        public void addColumn(String name) {
            names.add(name);
            if (next != null) {
                next.addColumn(name);
            }
        }

        @Override
        public void record(String[] values) {
            if (next != null) {
                next.record(values);
            }
        }

        @Override
        public void endDataset(boolean complete, long bytes) {
            throw new IllegalStateException("a part is never ended");
        }
    }

    /** Why a part could not be read to its end; for the rest of the file read at once, the fault one read names. */
    public static final class Failure extends TextParts.Failure {
        private final transient NdjsonTally tally;
        private final String fileName;
        private final long readTo;
        private final long lineNo;

        Failure(String fileName, NdjsonTally tally, Exception cause, long readTo, long lineNo) {
            super(cause);
            this.fileName = fileName;
            this.tally = tally;
            this.readTo = readTo;
            this.lineNo = lineNo;
        }

        @Override
        public MalformedInputException error(Tally before) {
            if (getCause() instanceof RuntimeException r) {
                throw r; // as one read lets it out
            }
            if (getCause() instanceof UndecodableInputException || getCause() instanceof LongLineGuard.LineTooLongException) {
                return NdjsonTableReader.fault((IOException) getCause(), lineNo, fileName);
            }
            throw new IllegalStateException("the rest of " + fileName + " failed otherwise than one read", getCause());
        }

        @Override
        public long readTo() {
            return readTo;
        }

        @Override
        public NdjsonTally tally() {
            return tally;
        }
    }
}
