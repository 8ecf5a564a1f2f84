package org.telisik.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The one place where the desktop app runs work off the FX thread. Every blocking call (opening a workspace,
 * reading a case, analysing files) goes through here, so the window never freezes. Callbacks run on the FX
 * thread; a failure that the caller does not handle goes to the runner's failure handler.
 */
public final class TaskRunner implements TaskExecutor, AutoCloseable {
    private final ExecutorService executor;
    private final ObservableList<Task<?>> running = FXCollections.observableArrayList();
    private final ObservableList<Task<?>> shown = FXCollections.observableArrayList();
    private final BiConsumer<String, Throwable> failures;

    /** @param failures receives what short jobs were doing when they failed, and why */
    public TaskRunner(int threads, BiConsumer<String, Throwable> failures) {
        AtomicInteger n = new AtomicInteger();
        this.executor = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "telisik-worker-" + n.incrementAndGet());
            t.setDaemon(true); // a stuck analysis must never keep the JVM alive after the window closed
            return t;
        });
        this.failures = failures;
    }

    /**
     * Runs a short background job (a database read); it does not appear in the task progress view.
     *
     * @param doing what the job does, in the analyst's words, for the message if it fails
     */
    @Override
    public <T> void load(String doing, Callable<T> work, Consumer<T> onSuccess) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        start(task, false, onSuccess, e -> failures.accept(doing, e), () -> { });
    }

    /**
     * Runs a long job that the analyst watches and may cancel; it is listed in {@link #shownTasks()} until
     * it ends. Must be called on the FX thread.
     *
     * @param onCancelled runs on the FX thread after the job acknowledged a cancel
     */
    public <T> Task<T> submit(Task<T> task, Consumer<T> onSuccess, Consumer<Throwable> onFailure, Runnable onCancelled) {
        return start(task, true, onSuccess, onFailure, onCancelled);
    }

    private <T> Task<T> start(Task<T> task, boolean visible, Consumer<T> onSuccess, Consumer<Throwable> onFailure,
                              Runnable onCancelled) {
        if (!Platform.isFxApplicationThread()) {
            throw new IllegalStateException("TaskRunner must be used from the FX thread");
        }
        if (executor.isShutdown()) {
            return task; // the window is closing: late follow-up work (a refresh after a cancel) is dropped
        }
        running.add(task);
        if (visible) {
            shown.add(task);
        }
        task.stateProperty().addListener((obs, before, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                running.remove(task);
                shown.remove(task);
                finish(task, state, onSuccess, onFailure, onCancelled);
            }
        });
        executor.execute(task);
        return task;
    }

    private static <T> void finish(Task<T> task, Worker.State state, Consumer<T> onSuccess,
                                   Consumer<Throwable> onFailure, Runnable onCancelled) {
        switch (state) {
            case SUCCEEDED -> onSuccess.accept(task.getValue());
            case FAILED -> onFailure.accept(task.getException());
            default -> onCancelled.run();
        }
    }

    /** Long jobs the analyst can watch and cancel, for a task progress view. */
    public ObservableList<Task<?>> shownTasks() {
        return shown;
    }

    /** Asks every job the analyst watches to stop (a copy is walked: a cancel removes the job from the list). */
    public void cancelShown() {
        for (Task<?> t : shown.toArray(new Task<?>[0])) {
            t.cancel();
        }
    }

    /** Asks every running job to stop. */
    public void cancelAll() {
        for (Task<?> t : running.toArray(new Task<?>[0])) {
            t.cancel();
        }
    }

    /** Cancels every job and waits a little for them to stop, so that nothing writes to a closing workspace. */
    @Override
    public void close() {
        cancelAll();
        executor.shutdownNow();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
