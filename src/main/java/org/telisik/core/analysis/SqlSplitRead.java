package org.telisik.core.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.telisik.core.read.PartPool;
import org.telisik.core.read.ReadContext;
import org.telisik.core.read.SqlParts;
import org.telisik.core.read.TextParts;

/**
 * Reads a large SQL dump on every core ({@link SqlParts}): one thread per core reads runs of INSERTs, each into
 * its own profiler and sampler parts ({@link FileSink#part}); this thread reads the file once, in order, through
 * the evidence digests, the progress and the cancel check, as {@link SplitRead} does for delimited text and NDJSON,
 * with the same sizes and counters.
 */
final class SqlSplitRead implements PartPool {
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final StreamAnalyzer.Job job;
    private ExecutorService pool;
    private FileChannel channel;

    SqlSplitRead(StreamAnalyzer.Job job) {
        this.job = job;
    }

    /** @param in the file from its first byte, through its digests and monitor */
    void read(InputStream in, ReadContext context, FileSink sink) throws IOException {
        pool = SplitRead.pool(job, threads);
        try (FileChannel file = FileChannel.open(job.onDisk(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            channel = file;
            SqlParts.read(in, context, sink, this);
        } finally {
            pool.shutdownNow();
        }
    }

    @Override
    public <T> Future<T> submit(Callable<T> work) {
        return pool.submit(work);
    }

    @Override
    public <T> T await(Future<T> part) {
        try {
            return PartWait.result(part, job);
        } catch (TextParts.Failure f) {
            throw new IllegalStateException(f); // a run of a dump says it is bad in its result, it throws no failure
        }
    }

    @Override
    public InputStream range(long start, long end, BooleanSupplier stop) {
        return new FileRange(channel, start, end, stop, at -> { }, job.path());
    }

    @Override
    public InputStream rest(long start) {
        return SplitRead.rest(channel, start, job);
    }

    @Override
    public int size() {
        return threads + 1;
    }

    @Override
    public long partBytes() {
        return SplitRead.partBytes(job, threads);
    }

    @Override
    public void counted(boolean tail) {
        (tail ? SplitRead.TAILS : SplitRead.JOINED).incrementAndGet();
    }
}
