package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.VerificationItem;
import org.telisik.testdata.RadiologyCsv;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Verify workspace from the window: everything holds after an import, and a changed original is reported. */
class VerifyWorkspaceTest extends OnTestWorkspace {

    /** Imports a generated CSV, opens the verify window with its shortcut and waits until all holds. */
    private Label importAndVerify(FxRobot robot, Path csv, long seed) throws Exception {
        RadiologyCsv.write(csv, 50, seed);
        window.importAndShow(robot, csv);
        robot.clickOn("#profile-table");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.V).release(KeyCode.V, KeyCode.SHIFT, KeyCode.CONTROL);
        Label summary = robot.lookup("#verify-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().startsWith("Everything checked holds."));
        return summary;
    }

    @Test
    void shortcutVerifiesAndAChangedOriginalIsBroken(FxRobot robot) throws Exception {
        Path csv = dir.resolve("bukti-01.csv");
        Label summary = importAndVerify(robot, csv, 4);
        VerifyViewModel verify = app.model().verify();
        assertThat(AppHarness.onFx(() -> verify.items().stream().anyMatch(i -> i.check() == VerificationItem.Check.ORIGINAL
                && i.outcome() == VerificationItem.Outcome.HOLDS && i.subject().contains("bukti-01.csv")))).isTrue();

        Files.writeString(csv, "3204110609970001,Budi Santoso\r\n", StandardOpenOption.APPEND);
        robot.interact(verify::verify);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().matches("\\d+ check\\(s\\) do not hold\\..*"));
        assertThat(AppHarness.onFx(() -> verify.items().stream().filter(i -> i.outcome() == VerificationItem.Outcome.BROKEN)
                .map(VerificationItem::check).toList())).contains(VerificationItem.Check.ORIGINAL);
        WaitForAsyncUtils.waitForFxEvents();
        // the outcome cells are styled by the outcome, not by its word (which follows the language)
        assertThat(robot.lookup(".outcome-fail").queryAll()).as("a broken check is marked").isNotEmpty();
        assertThat(robot.lookup(".outcome-pass").queryAll()).as("a holding check is marked").isNotEmpty();
    }

    @Test
    void theAnchorFieldChecksThatTheLogStillHoldsAReportsAuditHead(FxRobot robot) throws Exception {
        Label summary = importAndVerify(robot, dir.resolve("bukti-02.csv"), 5);
        VerifyViewModel verify = app.model().verify();
        String head = summary.getText().replaceAll(".*: ", "").trim();

        robot.clickOn("#verify-anchor").write(head);
        robot.clickOn("#verify-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> verify.items().stream()
                .anyMatch(i -> i.check() == VerificationItem.Check.AUDIT_ANCHOR)));
        assertThat(AppHarness.onFx(() -> verify.items().stream().filter(i -> i.check() == VerificationItem.Check.AUDIT_ANCHOR)
                .map(VerificationItem::outcome).toList())).containsExactly(VerificationItem.Outcome.HOLDS);

        // an anchor the log does not hold (as after a cut) is broken; text that is no hash is refused
        robot.interact(() -> verify.anchorsProperty().set("ab".repeat(32)));
        robot.clickOn("#verify-run");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText().matches("\\d+ check\\(s\\) do not hold\\..*"));
        assertThat(AppHarness.onFx(() -> verify.items().stream().filter(i -> i.outcome() == VerificationItem.Outcome.BROKEN)
                .map(VerificationItem::check).toList())).containsExactly(VerificationItem.Check.AUDIT_ANCHOR);
        robot.interact(() -> verify.anchorsProperty().set("bukan-hash"));
        robot.clickOn("#verify-run");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> summary.getText().startsWith("bukan-hash is not an audit head"));
    }
}
