package org.telisik.core.analysis;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.BooleanSupplier;

/** Reports bytes read to a {@link ProgressListener} and stops the read when the analysis is cancelled. */
final class MonitoredInputStream extends FilterInputStream {
    private static final long REPORT_EVERY = 1 << 20;
    private final String file;
    private final long total;
    private final ProgressListener listener;
    private final BooleanSupplier cancelled;
    private long done;
    private long lastReport;

    MonitoredInputStream(InputStream in, String file, long total, ProgressListener listener, BooleanSupplier cancelled) {
        super(in);
        this.file = file;
        this.total = total;
        this.listener = listener;
        this.cancelled = cancelled;
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
        }
        return n;
    }

    private void advance(int n) {
        done += n;
        if (done - lastReport >= REPORT_EVERY) {
            lastReport = done;
            if (cancelled.getAsBoolean()) {
                throw new AnalysisCancelledException(file);
            }
            listener.progress(file, done, total);
        }
    }
}
