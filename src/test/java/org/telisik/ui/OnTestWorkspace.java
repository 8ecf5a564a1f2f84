package org.telisik.ui;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.app.WorkspaceSession;
import org.telisik.workspace.H2Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Window tests on the real app with a fresh H2 workspace in a temporary folder ({@code dir/workspace}). */
@ExtendWith(ApplicationExtension.class)
abstract class OnTestWorkspace {
    @TempDir
    Path dir;
    final AppHarness window = new AppHarness();
    TelisikApp app;
    /** The workspace behind the window's session, for tests that look at what it stored. */
    H2Workspace workspace;

    /** A {@code @Start} method of a superclass is not found by TestFX, so the window opens in a plain setup step. */
    @BeforeEach
    void open() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.start(new Stage(),
                (override, passphrase) -> WorkspaceSession.of(workspace = H2Workspace.open(dir.resolve("workspace")), false))).get(30, TimeUnit.SECONDS);
        app = window.app;
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        window.stop(robot);
    }
}
