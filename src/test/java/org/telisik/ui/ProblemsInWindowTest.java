package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TitledPane;
import javafx.scene.control.TreeCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.app.WorkspaceSession;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.WorkspaceException;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** What the analyst sees when things go wrong: a short sentence with folded details, a badge on a bad file. */
@ExtendWith(ApplicationExtension.class)
class ProblemsInWindowTest {
    @TempDir
    Path dir;
    private final AppHarness window = new AppHarness();
    private TelisikApp app;

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        window.stop(robot);
    }

    private void open(FxRobot robot, WorkspaceOpener opener) {
        robot.interact(() -> window.start(new Stage(), opener));
        app = window.app;
    }

    @Test
    void unopenableWorkspaceIsOneSentenceWithDetailsOnRequest(FxRobot robot) throws Exception {
        open(robot, (override, p) -> {
            throw new WorkspaceException("The workspace " + dir + " is in use by another Telisik (process 4242); close it first.");
        });
        Label summary = robot.lookup("#problem-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !summary.getText().isEmpty());
        assertThat(summary.getText()).isEqualTo("Could not open the workspace: The workspace " + dir
                + " is in use by another Telisik (process 4242); close it first.");
        TitledPane details = robot.lookup("#problem-banner .titled-pane").queryAs(TitledPane.class);
        assertThat(details.isExpanded()).isFalse();
        robot.clickOn("Details");
        assertThat(details.isExpanded()).isTrue();
        robot.clickOn("#problem-dismiss");
        assertThat(robot.lookup("#problem-banner").query().isVisible()).isFalse();
        assertThat(app.window().stage().getTitle()).isEqualTo("Telisik");
    }

    @Test
    void fileThatCannotBeAnalysedGetsABadgeAndItsMessage(FxRobot robot) throws Exception {
        Path empty = Files.createFile(dir.resolve("pasien_export_part07.csv"));
        Path good = Files.writeString(dir.resolve("pasien_export_part08.csv"),
                "nik,nama,kota\n3404015007090004,Siti Aminah,Sleman\n3273012501900003,Budi Santoso,Bandung\n");
        open(robot, (override, p) -> WorkspaceSession.of(H2Workspace.open(dir.resolve("workspace")), false));
        window.drop(robot, empty, good);
        Label error = robot.lookup("#file-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, error::isVisible);
        assertThat(error.getText()).contains("pasien_export_part07.csv").endsWith("[empty-file]");
        WaitForAsyncUtils.waitForFxEvents();
        TreeCell<?> cell = robot.lookup(".tree-cell").match((TreeCell<?> c) -> "pasien_export_part07.csv".equals(c.getText()))
                .queryAs(TreeCell.class);
        assertThat(robot.from(cell).lookup(".error-badge").tryQuery()).isPresent();
        assertThat(robot.from(cell).lookup(".format-icon").queryAs(Label.class).getText()).isEqualTo("?");
        // the badge is only on the row that needs it; the icon's format colours it (a pseudo-class of the icon)
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup(".tree-cell")
                .match((TreeCell<?> c) -> "pasien_export_part08.csv".equals(c.getText())).tryQuery().isPresent());
        TreeCell<?> csv = robot.lookup(".tree-cell").match((TreeCell<?> c) -> "pasien_export_part08.csv".equals(c.getText()))
                .queryAs(TreeCell.class);
        assertThat(robot.from(csv).lookup(".error-badge").tryQuery()).isEmpty();
        Label icon = robot.from(csv).lookup(".format-icon").queryAs(Label.class);
        assertThat(icon.getText()).isEqualTo("CSV");
        assertThat(icon.getBackground().getFills().get(0).getFill()).isEqualTo(javafx.scene.paint.Color.web("#16a34a"));
        assertThat(app.model().status().textProperty().get()).endsWith("1 with errors");
    }
}
