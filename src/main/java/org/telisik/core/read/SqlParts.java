package org.telisik.core.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A large SQL dump read on every core. This thread parses the dump statement by statement, as one read does
 * ({@link SqlDumpReader.Dump}), but passes over the tuples of INSERTs with the lexer's statement skip: runs of
 * INSERTs into the open table go, as byte ranges of at least {@link PartPool#partBytes()}, to threads that read
 * them with the same reader into parts of the table's dataset ({@link SqlRange}); the rows of COPY blocks go to
 * threads the same way, in pieces of whole rows ({@link CopyRows}). Parts are joined in file order; every call this thread makes on the sink comes after the
 * parts before it are joined, so the sink sees what one read gives it.
 *
 * <p>A run that its thread did not read as this thread took it, or an INSERT whose end this thread cannot see
 * (the file ends inside it, it ends without a semicolon, undecodable bytes), stops the parts: everything from that
 * statement on is read again here as one read, from the state this thread had there, so that rows, faults, lines
 * and offsets come out as one read gives them.
 */
public final class SqlParts {
    private final ReadContext context;
    private final Charset charset;
    private final SplittableSink sink;
    private final PartPool pool;
    private final Deque<Part> running = new ArrayDeque<>();
    /** The open dataset's, while it is read in parts. */
    private String table;
    private List<String> columns;
    private SplittableSink first;
    private long joinedBytes;
    /** INSERTs passed over and not handed to a thread yet. */
    private Run pending;

    private record Part(SqlDumpReader.State mark, SplittableSink sink, Future<SqlRange.Result> result,
                        AtomicBoolean stop, int flags) {
    }

    /** A run of INSERTs that follow each other: from its first statement's state to its last one's end. */
    private record Run(SqlDumpReader.State mark, long end, long statement, int flags) {
    }

    /** Thrown once the rest of the dump was read again on one thread: the parse here has nothing left to do. */
    private static final class ReadOnOne extends RuntimeException {
        ReadOnOne() {
            super(null, null, false, false);
        }
    }

    private SqlParts(ReadContext context, Charset charset, SplittableSink sink, PartPool pool) {
        this.context = context;
        this.charset = charset;
        this.sink = sink;
        this.pool = pool;
    }

    /** True when a dump in this encoding can be cut: one in which positions are counted exactly, character by character. */
    public static boolean splittable(ReadContext context) {
        return TextParts.lineFeedSafe(context.textCharset());
    }

    /** Reads the dump from its first byte, as {@link SqlDumpReader} does, its rows in parts where the sink takes them. */
    public static void read(InputStream in, ReadContext context, SplittableSink sink, PartPool pool)
            throws IOException {
        Charset charset = context.textCharset();
        SqlParts parts = new SqlParts(context, charset, sink, pool);
        SqlDumpReader.Dump dump = new SqlDumpReader.Dump(new SqlLexer(new CharSource(in, charset)), sink,
                context.fileName());
        dump.splitWith(parts);
        try {
            dump.run();
        } catch (ReadOnOne done) {
            // the rest was read again on one thread, to the dump's end
        } finally {
            parts.running.forEach(p -> p.stop().set(true));
        }
    }

    /** A dataset starts: true when the sink takes it in parts. */
    boolean startDataset(String name, List<String> names) {
        first = sink.part(name, "sql", null, names);
        table = name;
        columns = names;
        joinedBytes = 0;
        return first != null;
    }

    /** The open dataset ends: its parts are joined; the bytes they count for. */
    long endDataset() throws IOException {
        flush();
        while (!running.isEmpty()) {
            joinFirst();
        }
        first = null;
        return joinedBytes;
    }

    /**
     * Passes over the tuples of an INSERT into the open dataset, whose header {@code dump} has read, and adds the
     * statement to the run it follows or starts one.
     */
    void insert(SqlDumpReader.Dump dump, long start, long line) throws IOException {
        boolean semicolon;
        try {
            semicolon = dump.lex.skipStatement(dump.src.line());
        } catch (EOFException | UndecodableInputException e) {
            semicolon = false; // one read keeps the tuples before the fault: read them again below
        }
        if (!semicolon) {
            flush();
            readOnOne(dump.state(start, line)); // one read's end of this statement, or its fault
        }
        if (pending != null && pending.statement() == dump.statements() - 1) {
            pending = new Run(pending.mark(), dump.src.bytePosition(), dump.statements(), dump.flags());
        } else {
            flush();
            pending = new Run(dump.state(start, line), dump.src.bytePosition(), dump.statements(), dump.flags());
        }
        if (pending.end() - pending.mark().start() >= pool.partBytes()) {
            flush();
        }
    }

    /**
     * Passes over the rows of a COPY block, whose header {@code dump} has read, through its end marker, handing them
     * to threads in pieces of whole rows. A fault inside the block (the file ends in it, an undecodable byte) is
     * thrown as one read throws it, once the rows before it were read here from the unfinished piece.
     */
    void copy(SqlDumpReader.Dump dump) throws IOException {
        flush();
        CharSource src = dump.src;
        long start = src.bytePosition();
        long line = src.line();
        try {
            while (!(src.peek() == '\\' && src.peek2() == '.')) {
                CopyRows.skip(src);
                if (src.bytePosition() - start >= pool.partBytes()) {
                    piece(start, src.bytePosition());
                    start = src.bytePosition();
                    line = src.line();
                }
            }
            if (src.bytePosition() > start) {
                piece(start, src.bytePosition());
            }
            new CopyLines(src).next(); // the end marker
        } catch (EOFException | UndecodableInputException e) {
            SplittableSink part = part();
            CopyRows.read(new CharSource(pool.rest(start), charset, start, line), part); // up to the same fault
            queue(new Part(null, part, CompletableFuture.completedFuture(new SqlRange.Result(true, 0, 0)),
                    new AtomicBoolean(), 0));
            throw e;
        }
    }

    private void piece(long start, long end) throws IOException {
        SplittableSink part = part();
        AtomicBoolean stop = new AtomicBoolean();
        InputStream bytes = pool.range(start, end, stop::get);
        queue(new Part(null, part, pool.submit(() -> CopyRows.piece(bytes, charset, part)), stop, 0));
    }

    private SplittableSink part() {
        SplittableSink p = first != null ? first : sink.part(table, "sql", null, columns);
        first = null;
        if (p == null) {
            throw new IllegalStateException(table + " was taken in parts and now cannot take a part");
        }
        return p;
    }

    /** Hands the pending run to a thread. */
    private void flush() throws IOException {
        Run run = pending;
        if (run == null) {
            return;
        }
        pending = null;
        SplittableSink part = part();
        AtomicBoolean stop = new AtomicBoolean();
        InputStream bytes = pool.range(run.mark().start(), run.end(), stop::get);
        String name = table;
        int flags = run.mark().flags();
        queue(new Part(run.mark(), part, pool.submit(() -> SqlRange.read(bytes, charset, context.fileName(), name,
                flags, part)), stop, run.flags()));
    }

    private void queue(Part part) throws IOException {
        while (running.size() >= pool.size()) {
            joinFirst();
        }
        running.add(part);
    }

    /** Joins the first part under way, or reads everything from its start again on one thread. */
    private void joinFirst() throws IOException {
        Part p = running.removeFirst();
        SqlRange.Result r = pool.await(p.result());
        if (r.good() && r.flags() == p.flags()) {
            sink.join(p.sink());
            joinedBytes += r.bytes();
            pool.counted(false);
            return;
        }
        running.forEach(q -> q.stop().set(true));
        running.clear();
        if (p.mark() == null) { // rows of a COPY block, cut after rows this thread saw end
            throw new IllegalStateException(context.fileName() + ": a piece of a COPY block was read otherwise");
        }
        readOnOne(p.mark());
    }

    /** Reads the dump from {@code mark} to its end on this thread, as one read from there; never returns. */
    private void readOnOne(SqlDumpReader.State mark) throws IOException {
        while (!running.isEmpty()) {
            joinFirst(); // the parts before the mark first; one that fails reads on from its own start instead
        }
        pool.counted(true);
        InputStream rest = pool.rest(mark.start());
        PartedSink out = new PartedSink(sink, mark.open(), mark.columns());
        SqlDumpReader.Dump dump = new SqlDumpReader.Dump(new SqlLexer(new CharSource(rest, charset, mark.start(),
                mark.line())), out, context.fileName());
        dump.resume(mark, joinedBytes);
        dump.run();
        throw new ReadOnOne();
    }
}
