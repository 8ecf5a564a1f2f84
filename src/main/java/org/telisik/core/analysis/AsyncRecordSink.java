package org.telisik.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import org.telisik.core.model.Dialect;
import org.telisik.core.read.RecordSink;
import org.telisik.core.read.SplittableSink;

/**
 * Runs a sink (a file's profiler, the run's samplers) on a thread of its own, so that the work on the records
 * of one read spreads over the cores while the reader's thread decodes, parses and hashes. The sink sees
 * every call in the order it was made, from one thread at a time.
 *
 * <p>Records travel in batches bounded by rows and by characters, and at most {@link #QUEUED} batches wait,
 * so memory stays bounded whatever the input. {@link #endDataset} waits until the sink has taken the dataset:
 * then everything the sink did is visible to the caller, and a failure of the sink is rethrown there (or at
 * the next hand-over). Small inputs never start the thread: their calls run on the caller's thread at the
 * dataset's end. A dataset read in parts ({@link SplittableSink}) has its parts made on the caller's thread
 * (making one only reads the sink's settings) and joined on this sink's thread, in order with the other calls.
 */
final class AsyncRecordSink implements SplittableSink, AutoCloseable {
    static final int BATCH_ROWS = 1024;
    static final long BATCH_CHARS = 1L << 20;
    static final int QUEUED = 2;
    private final RecordSink target;
    private final String name;
    private final BlockingQueue<List<Object>> queue = new ArrayBlockingQueue<>(QUEUED);
    private List<Object> batch = new ArrayList<>();
    private int batchRows;
    private long batchChars;
    private Thread worker;
    private volatile Throwable failure;
    private boolean reported;

    private record Start(String name, String format, Dialect dialect, List<String> columns) {
    }

    private record Column(String name) {
    }

    private record End(boolean complete, long bytes) {
    }

    private record Join(SplittableSink part) {
    }

    /** @param name names the thread, for thread dumps and profiles */
    AsyncRecordSink(RecordSink target, String name) {
        this.target = target;
        this.name = name;
    }

    @Override
    public void startDataset(String dataset, String format, Dialect dialect, List<String> columns) {
        batch.add(new Start(dataset, format, dialect, Collections.unmodifiableList(new ArrayList<>(columns))));
    }

    @Override
    public void addColumn(String column) {
        batch.add(new Column(column));
    }

    @Override
    public void record(String[] values) {
        batch.add(values.clone()); // the caller's other sinks must not see or cause changes to the array
        batchRows++;
        for (String v : values) {
            batchChars += v == null ? 0 : v.length();
        }
        if (batchRows >= BATCH_ROWS || batchChars >= BATCH_CHARS) {
            handOver(batch);
        }
    }

    @Override
    public void endDataset(boolean complete, long bytes) {
        batch.add(new End(complete, bytes));
        drain();
    }

    @Override
    public SplittableSink part(String dataset, String format, Dialect dialect, List<String> columns) {
        return target instanceof SplittableSink s ? s.part(dataset, format, dialect, columns) : null;
    }

    /** Handed over at once: a part holds samples, and a file's parts waiting here would add up with its size. */
    @Override
    public void join(SplittableSink part) {
        batch.add(new Join(part));
        handOver(batch);
    }

    /** Waits until the sink has taken every call made so far. */
    private void drain() {
        if (worker == null) {
            List<Object> calls = batch;
            batch = new ArrayList<>();
            batchRows = 0;
            batchChars = 0;
            calls.forEach(this::apply);
            return;
        }
        CountDownLatch done = new CountDownLatch(1);
        batch.add(done);
        handOver(batch);
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisCancelledException(name);
        }
        rethrow();
    }

    /** Stops the thread without waiting for calls not yet taken (they are dropped); safe to call twice. */
    @Override
    public void close() {
        if (worker != null) {
            worker.interrupt();
            worker = null;
        }
    }

    private void handOver(List<Object> calls) {
        rethrow();
        batch = new ArrayList<>();
        batchRows = 0;
        batchChars = 0;
        if (worker == null) {
            worker = new Thread(this::work, name);
            worker.setDaemon(true);
            worker.start();
        }
        try {
            queue.put(calls);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AnalysisCancelledException(name);
        }
    }

    private void work() {
        try {
            while (true) {
                List<Object> calls = queue.take();
                for (Object call : calls) {
                    if (call instanceof CountDownLatch done) {
                        done.countDown();
                    } else if (failure == null) {
                        applySafely(call);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed: the reader's thread has stopped
        }
    }

    private void applySafely(Object call) {
        try {
            apply(call);
        } catch (Throwable e) { // kept for the reader's thread: a silent death would leave drain() waiting
            failure = e;
        }
    }

    private void apply(Object call) {
        if (call instanceof String[] values) {
            target.record(values);
        } else if (call instanceof Start s) {
            target.startDataset(s.name(), s.format(), s.dialect(), s.columns());
        } else if (call instanceof Column c) {
            target.addColumn(c.name());
        } else if (call instanceof End e) {
            target.endDataset(e.complete(), e.bytes());
        } else if (call instanceof Join j) {
            ((SplittableSink) target).join(j.part());
        }
    }

    private void rethrow() {
        Throwable f = failure;
        if (f == null || reported) {
            return;
        }
        reported = true; // once: the reader's clean-up (ending the dataset as incomplete) must not fail again
        if (f instanceof RuntimeException r) {
            throw r;
        }
        if (f instanceof Error e) {
            throw e;
        }
        throw new IllegalStateException(f);
    }
}
