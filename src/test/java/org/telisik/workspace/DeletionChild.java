package org.telisik.workspace;

import java.nio.file.Path;

/**
 * Child-process main for {@link DeletionCrashTest}: opens the workspace in {@code args[0]} and deletes the case named
 * {@code args[1]}, printing "step NAME" at each step of the deletion and "start" first; at the step named
 * {@code args[2]} it prints "paused" and waits, so that the parent kills it exactly there ("-" for no pause).
 */
public final class DeletionChild {
    private DeletionChild() {
    }

    public static void main(String[] args) {
        String pauseAt = args[2];
        H2CaseDeletion.steps = PausingSteps.at(pauseAt);
        try (H2Workspace ws = H2Workspace.open(Path.of(args[0]), WorkspaceOptions.defaults().withEvidenceCopies(true))) {
            System.out.println("start");
            System.out.flush();
            ws.cases().delete(ws.cases().findByName(args[1]).orElseThrow().id());
        }
        System.out.println("done");
    }
}
