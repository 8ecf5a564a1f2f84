package org.telisik.core.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
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
        pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "telisik-part " + job.path());
            t.setDaemon(true);
            return t;
        });
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
        long[] reported = {start};
        return new FileRange(channel, start, job.size(), job.cancelled(), at -> {
            if (at - reported[0] >= 1 << 20) {
                reported[0] = at;
                job.listener().progress(job.path(), at, job.size());
            }
        }, job.path());
    }

    @Override
    public int size() {
        return threads + 1;
    }

    @Override
    public long partBytes() {
        long part = SplitRead.partBytes;
        return part > 0 ? part : Math.min(64L << 20, Math.max(16L << 20, job.size() / (threads * 3L)));
    }

    @Override
    public void counted(boolean tail) {
        (tail ? SplitRead.TAILS : SplitRead.JOINED).incrementAndGet();
    }
}
