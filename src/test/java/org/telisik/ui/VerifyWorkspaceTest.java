package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.VerificationItem;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Verify workspace from the window: everything holds after an import, and a changed original is reported. */
@ExtendWith(ApplicationExtension.class)
class VerifyWorkspaceTest {
    @TempDir
    Path dir;
    private final AppHarness window = new AppHarness();

    @Start
    void start(Stage stage) {
        window.start(stage, (o, p) -> H2Workspace.open(dir.resolve("workspace")));
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        window.stop(robot);
    }

    @Test
    void shortcutVerifiesAndAChangedOriginalIsBroken(FxRobot robot) throws Exception {
        Path csv = dir.resolve("bukti-01.csv");
        RadiologyCsv.write(csv, 50, 4);
        window.drop(robot, csv);
        VerifyViewModel verify = window.app.model().verify();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !window.app.model().profile().rows().isEmpty());

        robot.clickOn("#profile-table");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        Label summary = robot.lookup("#verify-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().startsWith("Everything checked holds."));
        assertThat(AppHarness.onFx(() -> verify.items().stream().anyMatch(i -> i.check() == VerificationItem.Check.ORIGINAL
                && i.outcome() == VerificationItem.Outcome.HOLDS && i.subject().contains("bukti-01.csv")))).isTrue();

        Files.writeString(csv, "3204110609970001,Budi Santoso\r\n", StandardOpenOption.APPEND);
        robot.interact(verify::verify);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().matches("\\d+ check\\(s\\) do not hold\\..*"));
        assertThat(AppHarness.onFx(() -> verify.items().stream().filter(i -> i.outcome() == VerificationItem.Outcome.BROKEN)
                .map(VerificationItem::check).toList())).contains(VerificationItem.Check.ORIGINAL);
    }
}
