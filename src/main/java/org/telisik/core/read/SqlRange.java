package org.telisik.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.FileError;

/**
 * One run of INSERT statements into one table, cut from a dump at statement starts and read on a thread of its own
 * by the dump reader itself ({@link SqlDumpReader.Dump}), from the flags the reading thread had there, into a
 * part of the table's dataset. The run is good only when the reader saw in it exactly what the reading thread took
 * it for: INSERTs into that table only, each ended by a semicolon, nothing skipped or created, no fault, and the
 * same flags at its end; otherwise it is read again with the rest of the dump on one thread.
 */
final class SqlRange implements RecordSink {
    /** What a run gave: whether it is good, the bytes its statements count for, the flags at its end. */
    record Result(boolean good, long bytes, int flags) {
        static final Result BAD = new Result(false, 0, -1);
    }

    private final SplittableSink part;
    private boolean clean = true;
    private boolean ended;
    private long bytes;

    private SqlRange(SplittableSink part) {
        this.part = part;
    }

    /**
     * @param in    the run's bytes, from the start of its first statement to the end of its last
     * @param table the table its INSERTs fill, open in the reading thread at its start
     * @param flags the reading thread's flags at its start ({@link SqlDumpReader.Dump#flags()})
     */
    static Result read(InputStream in, Charset charset, String fileName, String table, int flags,
                       SplittableSink part) {
        SqlRange run = new SqlRange(part);
        SqlDumpReader.Dump dump = new SqlDumpReader.Dump(new SqlLexer(new CharSource(in, charset)), run, fileName);
        dump.resume(table, flags);
        try {
            dump.run();
        } catch (IOException | RuntimeException e) {
            if (e instanceof InputAbortedException aborted) {
                throw aborted;
            }
            return Result.BAD; // read again with the rest, which gives the fault as one read does
        }
        boolean good = run.clean && run.ended && dump.terminated();
        return good ? new Result(true, run.bytes, dump.flags()) : Result.BAD;
    }

    @Override
    public void startDataset(String name, String format, Dialect dialect, List<String> columns) {
        clean = false; // another table, or a table created: not a run of this table's INSERTs
    }

    @Override
    public void addColumn(String name) {
        part.addColumn(name);
    }

    @Override
    public void record(String[] values) {
        part.record(values);
    }

    @Override
    public void endDataset(boolean complete, long bytes) {
        clean &= complete && !ended;
        ended = true;
        this.bytes = bytes;
    }

    @Override
    public void warning(FileError warning) {
        clean = false; // statements skipped: the reading thread took the run for INSERTs only
    }
}
