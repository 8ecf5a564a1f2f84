package org.telisik.core.analysis;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;
import org.telisik.core.model.FileReport;

/**
 * Small files of one run analysed side by side on {@link AnalysisPool}, handed on in input order: a file's held
 * calls are replayed into the run's sinks and its report handed to the caller only once every file before it was.
 * At most {@link #WINDOW_PER_THREAD} files per thread are in flight, so memory stays bounded; a fault or a cancel
 * surfaces at the file it belongs to, after the files before it were handed on.
 */
final class OrderedFiles implements AutoCloseable {
    static final int WINDOW_PER_THREAD = 32;

    private record Pending(Future<FileReport> report, RecordedFile calls) {
    }

    private final ExecutorService pool;
    private final int window;
    private final Consumer<FileReport> onFile;
    private final Deque<Pending> pending = new ArrayDeque<>();

    OrderedFiles(ExecutorService pool, int threads, Consumer<FileReport> onFile) {
        this.pool = pool;
        this.window = Math.max(1, threads * WINDOW_PER_THREAD);
        this.onFile = onFile;
    }

    /** Starts a file's analysis, which sends its calls to {@code calls}; hands on the oldest when the window is full. */
    void submit(RecordedFile calls, Function<RecordedFile, FileReport> analysis) {
        pending.add(new Pending(pool.submit(() -> analysis.apply(calls)), calls));
        while (pending.size() > window) {
            handOnOldest();
        }
    }

    /** A file whose report is known without reading it (skipped), in its place among the others. */
    void add(RecordedFile calls, FileReport report) {
        pending.add(new Pending(CompletableFuture.completedFuture(report), calls));
    }

    /** Hands on every file in flight, waiting for each: before a large file is read alone, and at the end. */
    void drain() {
        while (!pending.isEmpty()) {
            handOnOldest();
        }
    }

    /** Hands on the files that already finished without fault, in order: what a cancel keeps. */
    void drainFinished() {
        while (!pending.isEmpty() && pending.peek().report().isDone() && !failed(pending.peek().report())) {
            handOnOldest();
        }
    }

    /** Stops the files still in flight (after a fault or a cancel); their results are dropped. */
    @Override
    public void close() {
        pending.forEach(p -> p.report().cancel(true));
        pending.clear();
    }

    private void handOnOldest() {
        Pending p = pending.poll();
        p.calls().grant();
        FileReport report;
        try {
            report = p.report().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisCancelledException("the analysis");
        } catch (ExecutionException e) {
            throw TaskFailures.rethrow(e);
        }
        p.calls().replay();
        onFile.accept(report);
    }

    private static boolean failed(Future<FileReport> f) {
        try {
            f.get();
            return false;
        } catch (ExecutionException | CancellationException e) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
