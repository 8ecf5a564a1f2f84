package org.telisik.core.analysis;

import java.util.List;
import org.telisik.core.model.Dialect;
import org.telisik.core.profile.DatasetProfiler;
import org.telisik.core.read.RecordSink;
import org.telisik.core.read.SplittableSink;

/**
 * One part of a file read on a thread of its own ({@link SplitRead}): a profiler of its own and the part of the
 * combined datasets and samplers, fed on that thread with nothing handed over (the parts themselves spread the
 * work over the cores). Checks the time limit as records arrive, as {@link FileSink} does.
 */
final class FilePart implements SplittableSink {
    final DatasetProfiler profiler;
    final SplittableSink combined;
    private final Deadline deadline;
    private long records;

    FilePart(DatasetProfiler profiler, SplittableSink combined, Deadline deadline) {
        this.profiler = profiler;
        this.combined = combined;
        this.deadline = deadline;
    }

    @Override
    public void startDataset(String name, String format, Dialect dialect, List<String> columns) {
        throw new IllegalStateException("a part is started when it is made");
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
        throw new IllegalStateException("a part is never ended: the dataset ends once, where the parts are joined");
    }

    @Override
    public SplittableSink part(String name, String format, Dialect dialect, List<String> columns) {
        return null; // parts are not split further
    }

    @Override
    public void join(SplittableSink part) {
        throw new IllegalStateException("parts are joined into the file's sink");
    }

    /** @param columns the dataset's, to start the part's profiler with */
    static FilePart of(DatasetProfiler profiler, SplittableSink combined, Deadline deadline, String name, String format,
                       Dialect dialect, List<String> columns) {
        profiler.startDataset(name, format, dialect, columns);
        return new FilePart(profiler, combined, deadline);
    }
}
