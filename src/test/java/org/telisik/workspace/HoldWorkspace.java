package org.telisik.workspace;

import java.nio.file.Path;

/** Child-process main: opens the workspace given as argument, says so, and holds it until killed. */
public final class HoldWorkspace {
    private HoldWorkspace() {
    }

    public static void main(String[] args) throws InterruptedException {
        H2Workspace.open(Path.of(args[0]));
        System.out.println("open");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
