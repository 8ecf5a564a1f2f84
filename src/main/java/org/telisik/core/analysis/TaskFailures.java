package org.telisik.core.analysis;

import java.util.concurrent.ExecutionException;

/** What work on another thread threw, thrown again as it was on the thread that waits for it. */
public final class TaskFailures {
    private TaskFailures() {
    }

    /** Throws the cause as it was (runtime exceptions and errors); anything else wrapped. Never returns normally. */
    public static RuntimeException rethrow(ExecutionException e) {
        if (e.getCause() instanceof RuntimeException r) {
            throw r;
        }
        if (e.getCause() instanceof Error err) {
            throw err;
        }
        throw new IllegalStateException(e.getCause());
    }
}
