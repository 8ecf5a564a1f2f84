package org.telisik.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs a short job of a view model (a database read, a report) away from whatever the window is doing, and hands
 * its result back. Contract: {@code work} runs at most once; when it succeeds, {@code onSuccess} runs with its
 * result on the thread that owns the view models (the FX thread in the window); when it fails, neither runs again
 * and the executor reports the failure with {@code doing}, the job in the analyst's words. {@link TaskRunner}
 * runs jobs on worker threads; {@link SameThreadTaskExecutor} runs them at once, so view models can be tested
 * without a window.
 */
@FunctionalInterface
public interface TaskExecutor {

    <T> void load(String doing, Callable<T> work, Consumer<T> onSuccess);
}
