package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.app.WorkspaceSession;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.WorkspaceOptions;
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
        window.start(stage, (o, p) -> WorkspaceSession.of(H2Workspace.open(o == null ? dir.resolve("default") : Path.of(o),
                WorkspaceOptions.defaults().withPassphrase(p)), p != null));
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
    void aWorkspaceCreatedWithAPassphraseSaysItIsEncryptedAndWillNotOpenWithoutIt(FxRobot robot) throws Exception {
        window.awaitWorkspace();
        Path secret = dir.resolve("kasus-rahasia");
        robot.interact(() -> app.model().openWorkspace(secret.toString(), "kopi-tubruk-2024".toCharArray()));
        Label status = robot.lookup("#workspace-status").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().equals("Workspace (encrypted): " + secret));

        robot.interact(() -> app.model().openWorkspace(dir.resolve("default").toString()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> status.getText().equals("Workspace: " + dir.resolve("default")));
        robot.interact(() -> app.model().openWorkspace(secret.toString()));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().problems().currentProperty().get() != null);
        assertThat(app.model().problems().currentProperty().get().summary()).startsWith("Could not open the workspace: ");
        assertThat(status.getText()).isEqualTo("Workspace: " + dir.resolve("default"));
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
