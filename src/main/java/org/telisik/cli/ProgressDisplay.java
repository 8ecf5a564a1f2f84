package org.telisik.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.analysis.ProgressMeter;
import org.telisik.core.analysis.ProgressTicker;

/**
 * The progress line of {@code telisik analyze} on standard error, twice a second: share done, the file being
 * read, bytes, rate and the time left. On a terminal the line is redrawn in place; otherwise (a log file, a
 * batch job) each reading is a line of its own.
 */
final class ProgressDisplay implements AutoCloseable {
    static final Duration PERIOD = Duration.ofMillis(500); // so that no gap exceeds a second, whatever the jitter
    private final ProgressMeter meter;
    private final ProgressTicker ticker;
    private boolean closed;
    private final boolean inPlace;
    private final PrintWriter err;

    ProgressDisplay(List<Path> paths, boolean shown, boolean inPlace, PrintWriter err) {
        this.meter = ProgressMeter.forPaths(paths, System::nanoTime);
        this.inPlace = inPlace;
        this.err = err;
        this.ticker = shown ? new ProgressTicker(meter, PERIOD, this::show) : null;
    }

    ProgressListener listener() {
        return meter;
    }

    private synchronized void show(ProgressMeter.Reading r) {
        if (closed) {
            return; // a tick that was under way when the run ended
        }
        String line = line(r);
        if (inPlace) {
            err.print("\r" + line + "\u001b[K");
        } else {
            err.println(line);
        }
        err.flush();
    }

    static String line(ProgressMeter.Reading r) {
        StringBuilder sb = new StringBuilder("telisik: ");
        if (r.fraction() >= 0) {
            sb.append(String.format(Locale.ROOT, "%3.0f%% ", r.fraction() * 100));
        }
        // the name as read may carry an identifier or a terminal sequence: masked and made visible
        sb.append(r.file() == null ? "starting" : TerminalText.line(String.valueOf(Path.of(r.file()).getFileName())));
        sb.append(String.format(Locale.ROOT, " · %s", megabytes(r.bytesDone())));
        if (r.runTotal() > 0) {
            sb.append(" of ").append(megabytes(r.runTotal()));
        }
        sb.append(String.format(Locale.ROOT, " · %.1f MB/s", r.bytesPerSecond() / 1e6));
        if (r.runTotal() > 0 && r.bytesDone() >= r.runTotal()) {
            sb.append(" · read; checking authenticity and storing the case");
        } else {
            sb.append(" · ").append(r.remaining() == null ? "time left unknown" : "about " + clock(r.remaining()) + " left");
        }
        return sb.toString();
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }

    private static String clock(Duration d) {
        long s = d.toSeconds();
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    @Override
    public synchronized void close() {
        if (ticker != null && !closed) {
            closed = true;
            ticker.close();
            if (inPlace) {
                err.println();
            }
        }
    }
}
