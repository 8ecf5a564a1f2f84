package org.telisik.core.analysis;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.telisik.core.read.TextParts;

/**
 * Waits for a part of a file read on another thread, while the analysis can still be cancelled and its time
 * limit still applies: the wait looks at both several times a second.
 */
final class PartWait {
    private static final long LOOK_MS = 100;

    private PartWait() {
    }

    /** The part's tally; rethrows what stopped it, a cancel or time limit first. */
    static <T> T result(Future<T> part, StreamAnalyzer.Job job) throws TextParts.Failure {
        while (true) {
            if (job.cancelled().getAsBoolean()) {
                throw new AnalysisCancelledException(job.path());
            }
            job.deadline().check();
            try {
                return part.get(LOOK_MS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // look again
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AnalysisCancelledException(job.path());
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof TextParts.Failure f) {
                    throw f;
                }
                if (cause instanceof RuntimeException r) {
                    throw r;
                }
                if (cause instanceof Error err) {
                    throw err;
                }
                throw new IllegalStateException(cause);
            }
        }
    }
}
