package org.telisik.workspace;

import java.nio.file.Path;

/**
 * Child-process main for {@link SetupCrashTest}: opens (creating or migrating) the workspace in {@code args[0]},
 * printing "step NAME" at each step of the set-up and "start" first; at the step named {@code args[1]} it prints
 * "paused" and waits, so that the parent kills it exactly there ("-" for no pause).
 */
public final class SetupChild {
    private SetupChild() {
    }

    public static void main(String[] args) {
        String pauseAt = args[1];
        WorkspaceSetup.steps = PausingSteps.at(pauseAt);
        System.out.println("start");
        System.out.flush();
        try (H2Workspace ws = H2Workspace.open(Path.of(args[0]))) {
            System.out.println("done");
        }
    }
}
