package org.telisik.core.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.telisik.core.model.Dialect;
import org.telisik.core.profile.DatasetProfiler;
import org.telisik.core.read.RecordSink;

/**
 * What one file analysed ahead of its turn (on {@link AnalysisPool}) says to the run's shared sinks (combined
 * datasets, samplers) and to the progress listener: held, then replayed when the file's turn comes in input order,
 * so that the run sees one file after the other as if read one by one. A file whose held records outgrow
 * {@link #MAX_CHARS} (an archive that expands) waits for its turn, replays what it holds and goes on live, so
 * memory stays bounded.
 */
final class RecordedFile implements CombinedSinks, ProgressListener {
    static final long MAX_CHARS = 1L << 16;
    private final CombinedSinks target;
    private final ProgressListener listener;
    private final List<Runnable> held = new ArrayList<>();
    private final CountDownLatch turn = new CountDownLatch(1);
    private long chars;
    private boolean live;

    RecordedFile(CombinedSinks target, ProgressListener listener) {
        this.target = target;
        this.listener = listener;
    }

    @Override
    public RecordSink forFile(String path, Supplier<DatasetProfiler.Handover> ended) {
        return new Held(path, ended);
    }

    @Override
    public void progress(String file, long bytesDone, long bytesTotal) {
        call(() -> listener.progress(file, bytesDone, bytesTotal));
    }

    /** The file's turn has come: it may go on live, once it has replayed what it holds. */
    void grant() {
        turn.countDown();
    }

    /** Replays what is held, in order, on the caller's thread; after {@link #grant} and the file's end. */
    void replay() {
        held.forEach(Runnable::run);
        held.clear();
    }

    private void call(Runnable r) {
        if (live) {
            r.run();
            return;
        }
        held.add(r);
        if (chars > MAX_CHARS) {
            try {
                turn.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AnalysisCancelledException("a file waiting for its turn");
            }
            replay();
            live = true;
        }
    }

    /** One file's (or archive member's) datasets, held; the real sink is made when they are first replayed. */
    private final class Held implements RecordSink {
        private final String path;
        private final Supplier<DatasetProfiler.Handover> ended;
        private DatasetProfiler.Handover endedThen;
        private RecordSink real;

        Held(String path, Supplier<DatasetProfiler.Handover> ended) {
            this.path = path;
            this.ended = ended;
        }

        private RecordSink real() {
            if (real == null) {
                real = target.forFile(path, () -> endedThen);
            }
            return real;
        }

        @Override
        public void startDataset(String name, String format, Dialect dialect, List<String> columns) {
            List<String> cols = Collections.unmodifiableList(new ArrayList<>(columns)); // names may be null
            call(() -> real().startDataset(name, format, dialect, cols));
        }

        @Override
        public void addColumn(String name) {
            call(() -> real().addColumn(name));
        }

        @Override
        public void record(String[] values) {
            String[] copy = values.clone(); // readers reuse their array
            for (String v : copy) {
                chars += v == null ? 0 : v.length();
            }
            call(() -> real().record(copy));
        }

        @Override
        public void endDataset(boolean complete, long bytes) {
            DatasetProfiler.Handover now = ended.get(); // as it is now: the profiler goes on with the next dataset
            call(() -> {
                endedThen = now;
                real().endDataset(complete, bytes);
            });
        }
    }
}
