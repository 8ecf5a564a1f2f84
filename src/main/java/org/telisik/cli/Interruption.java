package org.telisik.cli;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Turns Ctrl-C (SIGINT, SIGTERM) during an analysis into a cancel: the analysis stops at its next check (within
 * a second), the workspace is closed cleanly and the case stays marked incomplete, instead of the JVM dying in
 * the middle of a write. The hook waits at most {@link #GRACE} for that, then lets the JVM go.
 */
final class Interruption implements AutoCloseable {
    static final Duration GRACE = Duration.ofSeconds(10);
    private final CountDownLatch done = new CountDownLatch(1);
    private final Thread hook = new Thread(this::onSignal, "telisik-interrupt");
    private volatile boolean requested;

    Interruption() {
        Runtime.getRuntime().addShutdownHook(hook);
    }

    boolean requested() {
        return requested;
    }

    private void onSignal() {
        requested = true;
        try {
            done.await(GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Called after the workspace is closed (resources close in reverse order). */
    @Override
    public void close() {
        done.countDown();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook is running and now returns
        }
    }
}
