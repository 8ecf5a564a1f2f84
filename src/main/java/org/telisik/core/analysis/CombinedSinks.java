package org.telisik.core.analysis;

import java.util.function.Supplier;
import org.telisik.core.profile.DatasetProfiler;
import org.telisik.core.read.RecordSink;

/** Gives each file and archive member the sink through which its datasets join the combined datasets. */
@FunctionalInterface
interface CombinedSinks {
    /**
     * @param path  the file's path as reported (archive members as {@code outer.zip!/inner.csv})
     * @param ended the file's own profiler's {@link DatasetProfiler#lastEnded()}, asked when a dataset ends: the
     *              sink may continue that dataset instead of profiling its records again. A supplier rather than
     *              the profiler, so that a file analysed ahead of its turn hands over what it had when it ended.
     */
    RecordSink forFile(String path, Supplier<DatasetProfiler.Handover> ended);
}
