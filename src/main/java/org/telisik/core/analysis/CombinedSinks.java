package org.telisik.core.analysis;

import org.telisik.core.profile.DatasetProfiler;
import org.telisik.core.read.RecordSink;

/** Gives each file and archive member the sink through which its datasets join the combined datasets. */
@FunctionalInterface
interface CombinedSinks {
    /**
     * @param path the file's path as reported (archive members as {@code outer.zip!/inner.csv})
     * @param own  the profiler of the file's own datasets: the sink may continue a dataset from it after the
     *             dataset ended ({@link DatasetProfiler#lastEnded()}) instead of profiling its records again
     */
    RecordSink forFile(String path, DatasetProfiler own);
}
