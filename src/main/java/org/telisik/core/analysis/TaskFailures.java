package org.telisik.core.analysis;

import java.util.concurrent.ExecutionException;

/** What a file's analysis threw on another thread, thrown again as it was on the thread that waits for it. */
final class TaskFailures {
    private TaskFailures() {
    }

    /** Throws the cause as it was (runtime exceptions and errors); anything else wrapped. Never returns normally. */
    static RuntimeException rethrow(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
            throw r;
        }
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(e.getCause());
    }
}
