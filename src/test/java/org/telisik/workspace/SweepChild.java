package org.telisik.workspace;

import java.nio.file.Path;

/**
 * Child-process main for {@link OrphanSweepCrashTest}: opens the workspace in {@code args[0]} (which sweeps its evidence
 * store), printing "step NAME" at each step of the sweep; at the step named {@code args[1]} it prints "paused" and
 * waits, so that the parent kills it exactly there ("-" for no pause).
 */
public final class SweepChild {
    private SweepChild() {
    }

    public static void main(String[] args) {
        OrphanCopies.steps = PausingSteps.at(args[1]);
        try (H2Workspace ws = H2Workspace.open(Path.of(args[0]), WorkspaceOptions.defaults().withEvidenceCopies(true))) {
            System.out.println("opened");
            System.out.flush();
        }
        System.out.println("done");
    }
}
