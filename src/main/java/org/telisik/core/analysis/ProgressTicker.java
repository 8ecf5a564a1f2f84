package org.telisik.core.analysis;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Hands a {@link ProgressMeter}'s reading to an observer at a fixed period, from a daemon thread of its own,
 * whatever the analysis is doing: a reader deep in one huge SQL statement, or an archive member that expands
 * slowly, still shows progress and a time left every period. Stops on {@link #close()}.
 */
public final class ProgressTicker implements AutoCloseable {
    private final ScheduledExecutorService timer;

    public ProgressTicker(ProgressMeter meter, Duration period, Consumer<ProgressMeter.Reading> observer) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "telisik-progress");
            t.setDaemon(true);
            return t;
        });
        long ms = Math.max(1, period.toMillis());
        timer.scheduleAtFixedRate(() -> observer.accept(meter.now()), ms, ms, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
