package org.telisik.core.analysis;

import java.util.List;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.FileError;
import org.telisik.core.profile.DatasetProfiler;
import java.util.function.Supplier;
import org.telisik.core.read.RecordSink;
import org.telisik.core.read.SplittableSink;
import org.telisik.core.scan.EntityScanner;

/**
 * Where the records of one file (or archive member) go: its own profiler, the case's combined datasets and,
 * for free text, the entity scanner. Checks the time limit as records arrive, so a reader that spins without
 * reading input is stopped too. The profiler runs on a thread of its own ({@link AsyncRecordSink}); each
 * dataset end waits for it, so the profile is finished before the combined datasets and the caller look at it.
 * A large file is read in parts instead ({@link SplitRead}): each part gets a profiler of its own, absorbed by
 * the file's profiler in file order, and the part of the combined sink.
 */
final class FileSink implements SplittableSink, AutoCloseable {
    private final DatasetProfiler own;
    private final AsyncRecordSink profiler;
    private final RecordSink combined;
    private final EntityScanner scanner;
    private final Deadline deadline;
    private boolean open;
    private long records;
    private FileError warning;

    private final Supplier<DatasetProfiler> newProfiler;
    private boolean joined;

    FileSink(DatasetProfiler profiler, RecordSink combined, EntityScanner scanner, Deadline deadline, String path) {
        this(profiler, null, combined, scanner, deadline, path);
    }

    /** @param newProfiler makes the profiler of each part of a dataset read in parts; null when none is */
    FileSink(DatasetProfiler profiler, Supplier<DatasetProfiler> newProfiler, RecordSink combined, EntityScanner scanner,
             Deadline deadline, String path) {
        this.newProfiler = newProfiler;
        this.own = profiler;
        this.profiler = new AsyncRecordSink(profiler, "telisik-profile " + path);
        this.combined = combined;
        this.scanner = scanner;
        this.deadline = deadline;
    }

    @Override
    public void startDataset(String name, String format, Dialect dialect, List<String> columns) {
        profiler.startDataset(name, format, dialect, columns);
        combined.startDataset(name, format, dialect, columns);
        open = true;
    }

    @Override
    public void addColumn(String name) {
        profiler.addColumn(name);
        combined.addColumn(name);
    }

    @Override
    public void record(String[] values) {
        if ((++records & 255) == 0) {
            deadline.check();
        }
        profiler.record(values);
        combined.record(values);
    }

    @Override
    public void endDataset(boolean complete, long bytes) {
        open = false;
        if (joined) {
            own.endDataset(complete, bytes); // the parts were absorbed on this thread
        } else {
            profiler.endDataset(complete, bytes); // waits for the profile: the combined datasets may take it over
        }
        joined = false;
        combined.endDataset(complete, bytes);
    }

    /** A part of the dataset with a profiler of its own; null when the combined datasets or samplers cannot split. */
    @Override
    public SplittableSink part(String name, String format, Dialect dialect, List<String> columns) {
        SplittableSink rest = newProfiler != null && combined instanceof SplittableSink s
                ? s.part(name, format, dialect, columns) : null;
        return rest == null ? null : FilePart.of(newProfiler.get(), rest, deadline, name,
                format, dialect, columns);
    }

    @Override
    public void join(SplittableSink part) {
        FilePart p = (FilePart) part;
        own.absorb(p.profiler);
        ((SplittableSink) combined).join(p.combined);
        joined = true;
        open = true;
    }

    @Override
    public void text(CharSequence chunk) {
        deadline.check();
        scanner.scan(chunk);
    }

    @Override
    public void warning(FileError w) {
        if (warning == null) {
            warning = w;
        }
    }

    /** Ends a dataset a reader left open when it was stopped from outside, keeping its rows as incomplete. */
    void abort() {
        if (open) {
            endDataset(false, 0);
        }
    }

    /** Stops the profiler's thread; after an abort or a failure, calls it had not taken yet are dropped. */
    @Override
    public void close() {
        profiler.close();
    }

    FileError warning() {
        return warning;
    }

    List<EntityCount> entities() {
        return scanner.entities();
    }
}
