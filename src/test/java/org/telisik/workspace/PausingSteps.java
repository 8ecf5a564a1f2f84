package org.telisik.workspace;

import java.util.function.Consumer;

/**
 * The step hook of a crash test's child process: prints "step NAME" at each step and, at the step named
 * {@code pauseAt}, prints "paused" and waits for ever, so that the parent kills it exactly there ("-" for no pause).
 */
final class PausingSteps {
    private PausingSteps() {
    }

    static Consumer<String> at(String pauseAt) {
        return step -> {
            System.out.println("step " + step);
            System.out.flush();
            if (step.equals(pauseAt)) {
                System.out.println("paused");
                System.out.flush();
                try {
                    Thread.sleep(Long.MAX_VALUE);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        };
    }
}
