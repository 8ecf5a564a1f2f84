package org.telisik.core.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.telisik.core.read.Boundaries;
import org.telisik.core.read.MalformedInputException;
import org.telisik.core.read.RecordBoundaries;
import org.telisik.core.read.SplittableSink;
import org.telisik.core.read.TextParts;

/**
 * Reads a large text file (delimited text, NDJSON: {@link TextParts}) on every core. This thread reads the file once, in order, through the
 * evidence digests, the progress and the cancel check, and cuts it into parts at record ends
 * ({@link RecordBoundaries}); a pool of one thread per core reads the parts, each with its own reader (OpenCSV
 * for delimited text) into its own profiler and sampler parts ({@link FileSink#part}); the parts are joined here in file order.
 * At most {@link #queued} parts are under way, so memory stays bounded whatever the file's size and this
 * thread never runs far ahead of the parsing (progress follows the parse). Parts are large (16-64 MB, three
 * or more per thread for balance): each part's profiler counts its first values of each column exactly before it
 * turns to sketches, and that start costs more than the rest of the part's values.
 *
 * <p>A part that fails, or that does not follow the parts before it as one read would ({@link TextParts.Tally#follows}),
 * is read again with everything after it as one last part, on this thread: when the cut was wrong (a quote the scan
 * read otherwise than OpenCSV, a cut inside a JSON value spread over lines) this reads on correctly, and a real fault
 * comes out with the rows, line and offset one read gives.
 */
final class SplitRead {
    private static final long LARGE = 64L << 20;
    /**
     * Files above this size are split; tests lower it, then {@link #defaults()}. {@code -Dtelisik.readInParts=false}
     * reads every file whole, so that a benchmark can set one read against parts on the same build.
     */
    static volatile long large = Boolean.parseBoolean(System.getProperty("telisik.readInParts", "true"))
            ? LARGE : Long.MAX_VALUE;
    /** The size of a part, 0 for automatic; tests set it small to put cuts among quoted line breaks. */
    static volatile long partBytes;

    /** Puts back the size and part size tests changed. */
    static void defaults() {
        large = LARGE;
        partBytes = 0;
    }
    /** Parts joined since start, so tests can tell a file was read in parts. */
    static final java.util.concurrent.atomic.AtomicLong JOINED = new java.util.concurrent.atomic.AtomicLong();
    /** Parts read again with the rest of their file, for the same reason. */
    static final java.util.concurrent.atomic.AtomicLong TAILS = new java.util.concurrent.atomic.AtomicLong();
    private final int threads = Math.max(1, Runtime.getRuntime().availableProcessors());
    private final int queued = threads + 1;
    private final StreamAnalyzer.Job job;
    private final TextParts csv;
    private final FileSink sink;
    private final Deque<Part> running = new ArrayDeque<>();
    private final long part;
    private TextParts.Tally total;

    private record Part(long start, long linesBefore, FilePart sink, Future<TextParts.Tally> result, AtomicBoolean stop) {
    }

    SplitRead(StreamAnalyzer.Job job, TextParts csv, FileSink sink) {
        this.job = job;
        this.csv = csv;
        this.sink = sink;
        this.part = partBytes(job, threads);
    }

    /** The size of a part of {@code job}'s file: 16-64 MB, three or more per thread for balance, unless tests set one. */
    static long partBytes(StreamAnalyzer.Job job, int threads) {
        long set = partBytes;
        return set > 0 ? set : Math.min(64L << 20, Math.max(16L << 20, job.size() / (threads * 3L)));
    }

    /** A pool of {@code threads} daemon threads named after the file whose parts they read. */
    static ExecutorService pool(StreamAnalyzer.Job job, int threads) {
        return Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "telisik-part " + job.path());
            t.setDaemon(true);
            return t;
        });
    }

    /** The file from {@code start} to its end, read on the calling thread with progress every MB and cancel. */
    static FileRange rest(FileChannel channel, long start, StreamAnalyzer.Job job) {
        long[] reported = {start};
        return new FileRange(channel, start, job.size(), job.cancelled(), at -> {
            if (at - reported[0] >= 1 << 20) {
                reported[0] = at;
                job.listener().progress(job.path(), at, job.size());
            }
        }, job.path());
    }

    /**
     * @param in the file from its first byte, through its digests and monitor; read here as far as it is cut
     * @return false when the sinks cannot take the file in parts; nothing was read then
     */
    boolean read(InputStream in) throws IOException {
        FilePart first = part(true, null);
        if (first == null) {
            return false;
        }
        ExecutorService pool = pool(job, threads);
        try (FileChannel channel = FileChannel.open(job.onDisk(), StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            if (cutAndRead(in, pool, channel, first)) {
                sink.endDataset(total.complete(), Math.max(0, job.size() - csv.headerBytes()));
                csv.finish(total, sink);
            }
            return true;
        } finally {
            running.forEach(p -> p.stop().set(true));
            pool.shutdownNow();
        }
    }

    /** @return false when a part failed and the rest was read and ended as one last part ({@link #tail}) */
    private boolean cutAndRead(InputStream in, ExecutorService pool, FileChannel channel, FilePart first)
            throws IOException {
        Boundaries cuts = csv.boundaries();
        byte[] block = new byte[256 * 1024];
        long start = 0;
        long lines = 0;
        FilePart next = first;
        for (int n; (n = in.read(block)) > 0; ) {
            for (int at = 0; at < n; ) {
                at = cuts.scan(block, at, n, start + part);
                if (cuts.atBoundary() && cuts.position() < job.size()) {
                    if (!submit(pool, channel, next, start, cuts.position(), lines)) {
                        return false;
                    }
                    start = cuts.position();
                    lines = cuts.lines();
                    next = part(false, null);
                }
            }
        }
        if (!submit(pool, channel, next, start, job.size(), lines)) {
            return false;
        }
        while (!running.isEmpty()) {
            if (!joinFirst(channel)) {
                return false;
            }
        }
        return true;
    }

    private FilePart part(boolean atStart, TextParts.Tally before) {
        return (FilePart) sink.part(csv.name(), csv.format(), csv.dialect(), csv.columns(atStart, before));
    }

    private boolean submit(ExecutorService pool, FileChannel channel, FilePart part, long start, long end, long lines)
            throws IOException {
        while (running.size() >= queued) {
            if (!joinFirst(channel)) {
                return false;
            }
        }
        // set on this thread, read on the part's: an atomic flag, so the part sees it at its next check
        AtomicBoolean stop = new AtomicBoolean();
        FileRange range = new FileRange(channel, start, end, stop::get, at -> { }, job.path());
        boolean last = end == job.size();
        running.add(new Part(start, lines, part, pool.submit(() -> csv.read(range, start, lines, last, null, part)),
                stop));
        return true;
    }

    /**
     * Waits for the first part under way and joins it; false when it failed, or did not follow the parts before,
     * and the rest was read as a tail.
     */
    private boolean joinFirst(FileChannel channel) throws IOException {
        Part p = running.removeFirst();
        try {
            if (add(p.sink(), PartWait.result(p.result(), job))) {
                return true;
            }
        } catch (TextParts.Failure f) {
            // read again below
        }
        running.forEach(q -> q.stop().set(true));
        running.clear();
        tail(channel, p);
        return false;
    }

    /** Reads everything from the failed part's start as one part, here, and ends the dataset. */
    private void tail(FileChannel channel, Part failed) throws IOException {
        TAILS.incrementAndGet();
        TextParts.Tally before = total;
        FilePart part = part(failed.start() == 0, before);
        FileRange range = rest(channel, failed.start(), job);
        try {
            join(part, csv.read(range, failed.start(), failed.linesBefore(), true, before, part));
            sink.endDataset(total.complete(), Math.max(0, job.size() - csv.headerBytes()));
            csv.finish(total, sink);
        } catch (TextParts.Failure f) {
            MalformedInputException error = f.error(before); // before the tally is added to the parts' before it
            join(part, f.tally());
            sink.endDataset(false, Math.max(0, f.readTo() - csv.headerBytes()));
            throw error;
        }
    }

    /** Joins a part read beside others; false, and nothing joined, when it does not follow the parts before. */
    private boolean add(FilePart part, TextParts.Tally tally) {
        if (total != null && !total.follows(tally)) {
            return false;
        }
        total = total == null ? tally : total;
        sink.join(part);
        JOINED.incrementAndGet();
        return true;
    }

    /** Joins the part read with the rest of the file, which follows the parts before by its reading. */
    private void join(FilePart part, TextParts.Tally tally) {
        if (!add(part, tally)) {
            throw new IllegalStateException(job.path() + ": the rest of the file, read after the parts, does not follow them");
        }
    }
}
