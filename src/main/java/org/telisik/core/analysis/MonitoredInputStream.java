package org.telisik.core.analysis;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

/**
 * Reports bytes read to a {@link ProgressListener}, stops the read when the analysis is cancelled and
 * checks the file's time limit on every read.
 */
final class MonitoredInputStream extends FilterInputStream {
    private static final long REPORT_EVERY = 1 << 20;
    private final String file;
    private final long total;
    private final ProgressListener listener;
    private final BooleanSupplier cancelled;
    private final Deadline deadline;
    private long done;
    private long lastReport;

    MonitoredInputStream(InputStream in, String file, long total, ProgressListener listener, BooleanSupplier cancelled,
                         Deadline deadline) {
        super(in);
        this.file = file;
        this.total = total;
        this.listener = listener;
        this.cancelled = cancelled;
        this.deadline = deadline;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            advance(n);
        } else if (n < 0 && lastReport != done) {
            lastReport = done; // the end: the last megabyte counts too
            listener.progress(file, done, total);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        advance(skipped);
        return skipped;
    }

    /** The bytes read through this stream so far. */
    long done() {
        return done;
    }

    private void advance(long n) {
        done += n;
        deadline.check();
        if (done - lastReport >= REPORT_EVERY) {
            lastReport = done;
            if (cancelled.getAsBoolean()) {
                throw new AnalysisCancelledException(file);
            }
            listener.progress(file, done, total);
        }
    }
}
