package org.telisik.ui;

import java.util.concurrent.Callable;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Runs each job at once on the calling thread, then its follow-up: what a view model does in the window, in the
 * order it would happen there, but without a window, so view models get plain unit tests. Failures go to the
 * handler, as {@link TaskRunner} sends them to the problem banner.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {
    private final BiConsumer<String, Throwable> failures;

    /** @param failures receives what a job was doing when it failed, and why */
    public SameThreadTaskExecutor(BiConsumer<String, Throwable> failures) {
        this.failures = failures;
    }

    @Override
    public <T> void load(String doing, Callable<T> work, Consumer<T> onSuccess) {
        T result;
        try {
            result = work.call();
        } catch (Exception e) {
            failures.accept(doing, e);
            return;
        }
        onSuccess.accept(result);
    }
}
