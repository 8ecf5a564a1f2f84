package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.workspace.H2Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Opening another workspace replaces the cases shown, renames the window and is remembered as recent. */
@ExtendWith(ApplicationExtension.class)
class WorkspaceSwitchTest {
    @TempDir
    Path dir;
    private final AppHarness window = new AppHarness();
    private TelisikApp app;

    @Start
    void start(Stage stage) {
        window.start(stage, o -> H2Workspace.open(o == null ? dir.resolve("default") : Path.of(o)));
        app = window.app;
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        window.stop(robot);
    }

    @Test
    void switchingWorkspacesShowsOnlyTheNewCasesAndRemembersBoth(FxRobot robot) throws Exception {
        window.awaitWorkspace();
        robot.interact(() -> app.model().cases().createCase("Dugaan kebocoran RSUD Sleman"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.model().cases().cases().size() == 1);

        Path second = dir.resolve("kasus-2");
        robot.interact(() -> app.model().openWorkspace(second.toString()));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> app.window().stage().getTitle().equals("Telisik — " + second));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().cases().cases()).isEmpty();
        assertThat(app.model().cases().selectedProperty().get()).isNull();
        assertThat(window.preferences.ui().recentWorkspaces()).containsExactly(second.toString(), dir.resolve("default").toString());
    }

    @Test
    void aTakenCaseNameIsReportedNotLost(FxRobot robot) throws Exception {
        window.awaitWorkspace();
        robot.interact(() -> app.model().cases().createCase("Bocoran BPJS 2024"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.model().cases().cases().size() == 1);
        robot.interact(() -> app.model().cases().createCase("Bocoran BPJS 2024"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.model().problems().currentProperty().get() != null);
        assertThat(app.model().problems().currentProperty().get().summary())
                .startsWith("Could not create the case \"Bocoran BPJS 2024\"");
        assertThat(app.model().cases().cases()).hasSize(1);
    }
}
