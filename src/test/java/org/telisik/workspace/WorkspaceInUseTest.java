package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceInUseTest {
    @TempDir
    Path tmp;

    @Test
    void aSecondProcessIsToldWhichProcessHoldsTheWorkspace() throws Exception {
        try (ChildJvm child = ChildJvm.start(HoldWorkspace.class, tmp.toString())) {
            child.awaitLine("open");

            assertThatThrownBy(() -> H2Workspace.open(tmp))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageStartingWith("workspace " + tmp.toAbsolutePath() + " is in use by process " + child.pid());

            child.kill();
        }
        try (Workspace ws = H2Workspace.open(tmp)) {
            assertThat(ws.cases().list()).isEmpty();
        }
    }

    @Test
    void theSameWorkspaceCannotBeOpenedTwiceInOneProcess() {
        try (Workspace first = H2Workspace.open(tmp)) {
            assertThatThrownBy(() -> H2Workspace.open(tmp.resolve(".")))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("is in use by process " + ProcessHandle.current().pid());
            first.cases().create("Kasus tetap bisa dipakai");
        }
        try (Workspace again = H2Workspace.open(tmp)) {
            assertThat(again.cases().list()).hasSize(1);
        }
    }
}
