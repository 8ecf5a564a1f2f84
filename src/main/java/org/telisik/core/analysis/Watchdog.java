package org.telisik.core.analysis;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.telisik.core.model.Dialect;
import org.telisik.core.read.RecordSink;
import org.telisik.core.read.SplittableSink;

/**
 * Last line of defence of the per-file time limit: the time limit is normally enforced as bytes and records
 * flow ({@link Deadline}), but a parser could spin without reading or emitting anything. The watchdog runs
 * a file's analysis on its own daemon thread and, once the limit and a grace period have passed in real
 * time, abandons it: the thread is interrupted and its sinks are closed so that nothing it still does can
 * reach the rest of the analysis.
 */
final class Watchdog {
    private static final Duration GRACE_MIN = Duration.ofSeconds(10);
    private static final Duration GRACE_MAX = Duration.ofMinutes(1);
    private final Duration timeout;
    private volatile boolean abandoned;

    /** The grace period is as long as the limit, but at least 10 seconds and at most a minute. */
    Watchdog(Duration perFile) {
        Duration grace = perFile.compareTo(GRACE_MIN) < 0 ? GRACE_MIN
                : perFile.compareTo(GRACE_MAX) > 0 ? GRACE_MAX : perFile;
        this.timeout = perFile.plus(grace);
    }

    /** Sinks that go deaf once the analysis is abandoned. */
    CombinedSinks guard(CombinedSinks sinks) {
        return (path, own) -> new Gate(sinks.forFile(path, own));
    }

    /** @return the analysis' result, or null when it was abandoned after the timeout */
    <T> T run(Callable<T> analysis, String name) {
        FutureTask<T> task = new FutureTask<>(analysis);
        Thread worker = new Thread(task, "telisik-analyze " + name);
        worker.setDaemon(true);
        worker.start();
        try {
            return task.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            abandoned = true;
            task.cancel(true);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            throw new AnalysisCancelledException(name);
        } catch (ExecutionException e) {
            throw TaskFailures.rethrow(e);
        }
    }

    Duration timeout() {
        return timeout;
    }

    /** Forwards to a sink until the analysis is abandoned. */
    private final class Gate implements SplittableSink {
        private final RecordSink next;

        Gate(RecordSink next) {
            this.next = next;
        }

        @Override
        public void startDataset(String name, String format, Dialect dialect, List<String> columns) {
            if (!abandoned) {
                next.startDataset(name, format, dialect, columns);
            }
        }

        @Override
        public void addColumn(String name) {
            if (!abandoned) {
                next.addColumn(name);
            }
        }

        @Override
        public void record(String[] values) {
            if (!abandoned) {
                next.record(values);
            }
        }

        @Override
        public void endDataset(boolean complete, long bytes) {
            if (!abandoned) {
                next.endDataset(complete, bytes);
            }
        }

        @Override
        public SplittableSink part(String name, String format, Dialect dialect, List<String> columns) {
            return next instanceof SplittableSink s ? s.part(name, format, dialect, columns) : null;
        }

        @Override
        public void join(SplittableSink part) {
            if (!abandoned) {
                ((SplittableSink) next).join(part);
            }
        }
    }
}
