package org.telisik.core.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;
import org.telisik.core.ingest.PathExpander;

/**
 * Adds up the per-file progress of a run over several files into one figure with a rate and an estimated
 * time left. Fed by the analysing thread ({@link #progress}), read from any other ({@link #now}), so the
 * figures an observer sees are always from one consistent moment.
 */
public final class ProgressMeter implements ProgressListener {
    /** Before this much time has passed the rate is too noisy for an estimate of the time left. */
    static final Duration WARM_UP = Duration.ofSeconds(2);
    private final long runTotal;
    private final LongSupplier nanoClock;
    private final long startNanos;
    private String current;
    private long finishedBytes;
    private long currentDone;
    private volatile Reading latest;

    /**
     * One moment of a run.
     *
     * @param file      the file being read, or null before the first
     * @param bytesDone bytes of the whole run read so far
     * @param runTotal  bytes of the whole run, or -1 when unknown
     * @param remaining estimated time left, or null while unknown
     */
    public record Reading(String file, long bytesDone, long runTotal, Duration elapsed, double bytesPerSecond,
                          Duration remaining) {
        /** Share done between 0 and 1, or -1 when the total is unknown. */
        public double fraction() {
            return runTotal <= 0 ? -1 : Math.min(1, (double) bytesDone / runTotal);
        }
    }

    /** @param runTotal bytes of all files of the run (-1 when unknown); {@code nanoClock} as System::nanoTime */
    public ProgressMeter(long runTotal, LongSupplier nanoClock) {
        this.runTotal = runTotal;
        this.nanoClock = nanoClock;
        this.startNanos = nanoClock.getAsLong();
        this.latest = new Reading(null, 0, runTotal, Duration.ZERO, 0, null);
    }

    /** A meter over the files that the given paths expand to (folders walked as the analysis walks them). */
    public static ProgressMeter forPaths(List<Path> paths, LongSupplier nanoClock) {
        long total = 0;
        for (Path p : PathExpander.expand(paths)) {
            try {
                total += Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? Files.size(p) : 0;
            } catch (IOException e) {
                // the analysis reports the unreadable file; its size just does not count here
            }
        }
        return new ProgressMeter(total, nanoClock);
    }

    @Override
    public void progress(String file, long bytesDone, long bytesTotal) {
        if (!file.equals(current)) {
            finishedBytes += currentDone;
            current = file;
        }
        currentDone = bytesDone;
        latest = reading(file, finishedBytes + bytesDone);
    }

    /** The run as of now: the last bytes reported, with the rate and time left recomputed for this moment. */
    public Reading now() {
        Reading r = latest;
        return reading(r.file(), r.bytesDone());
    }

    private Reading reading(String file, long done) {
        Duration elapsed = Duration.ofNanos(nanoClock.getAsLong() - startNanos);
        double seconds = elapsed.toNanos() / 1e9;
        double rate = seconds <= 0 ? 0 : done / seconds;
        Duration remaining = null;
        if (runTotal > 0 && rate > 0 && elapsed.compareTo(WARM_UP) >= 0) {
            remaining = Duration.ofMillis((long) (Math.max(0, runTotal - done) / rate * 1000));
        }
        return new Reading(file, done, runTotal, elapsed, rate, remaining);
    }
}
