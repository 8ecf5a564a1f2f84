package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.DialogPane;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.workspace.AuditActions;
import org.telisik.workspace.AuditEntry;
import org.telisik.workspace.WorkspaceVerifier;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Case ▸ Delete case and the sidebar's right-click menu ask first, naming the case and its file count (Cancel is the
 * default and deletes nothing); confirmed, the case leaves the sidebar, the deletion is audited, the workspace
 * verifies and the original files are as they were.
 */
class CaseDeleteInWindowTest extends OnTestWorkspace {

    private List<String> sidebarCases() throws Exception {
        return AppHarness.onFx(() -> app.model().cases().cases().stream().map(e -> e.record().name()).toList());
    }

    private DialogPane deleteDialog(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#delete-case-dialog").tryQuery().isPresent());
        return robot.lookup("#delete-case-dialog").queryAs(DialogPane.class);
    }

    @Test
    void askedFirstThenTheCaseGoesAuditedAndTheWorkspaceVerifies(FxRobot robot) throws Exception {
        Path first = dir.resolve("rujukan_rsud_part1.csv");
        Path second = dir.resolve("rujukan_rsud_part2.csv");
        RadiologyCsv.write(first, 40, 5);
        RadiologyCsv.write(second, 40, 6);
        byte[] original = Files.readAllBytes(first);
        window.importAndShow(robot, first, second);
        String name = sidebarCases().get(0);
        robot.interact(() -> app.model().cases().createCase("Kasus Pembanding"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sidebarCases().size() == 2);
        robot.clickOn(robot.lookup(".tree-cell").match((TreeCell<?> c) -> name.equals(c.getText())).queryAs(TreeCell.class));
        WaitForAsyncUtils.waitForFxEvents();

        robot.clickOn("Case").clickOn("Delete case…");
        DialogPane asked = deleteDialog(robot);
        assertThat(asked.getHeaderText()).isEqualTo("Delete the case \"" + name + "\" with its 2 file(s)?");
        assertThat(asked.getContentText()).contains("cannot be undone", "The original files are not touched",
                "SHA-256 of its files");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sidebarCases()).contains(name);
        assertThat(app.model().status().textProperty().get()).isEqualTo("The case \"" + name + "\" was not deleted");

        // Monocle posts no context-menu events on a right click, so the sidebar's menu item is fired directly
        TreeView<?> sidebar = robot.lookup("#sidebar").queryAs(TreeView.class);
        MenuItem delete = sidebar.getContextMenu().getItems().stream().filter(i -> "Delete case…".equals(i.getText()))
                .findFirst().orElseThrow();
        assertThat(delete.isDisable()).isFalse();
        robot.interact(delete::fire);
        deleteDialog(robot);
        robot.clickOn("#delete-case-confirm");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> sidebarCases().equals(List.of("Kasus Pembanding")));
        assertThat(app.model().status().textProperty().get()).isEqualTo("Deleted the case \"" + name
                + "\" with its 2 file(s); the audit log records it, the original files are untouched");
        assertThat(app.model().lifecycle().selectedCase()).isNull();
        assertThat(sidebar.getRoot().getChildren()).hasSize(1);

        AuditEntry deletion = workspace.audit().head().orElseThrow();
        assertThat(deletion.action()).isEqualTo(AuditActions.CASE_DELETED);
        assertThat(deletion.detail()).contains("\"files\":2", "\"name\":\"" + name + "\"");
        assertThat(new WorkspaceVerifier(workspace).verify().broken()).isEmpty();
        assertThat(Files.readAllBytes(first)).isEqualTo(original);
        assertThat(delete.isDisable()).as("nothing selected, nothing to delete").isTrue();
    }

    @Test
    void aCaseNamedWithANikIsShownMaskedInTheSidebarAndTheDialog(FxRobot robot) throws Exception {
        String nik = "3404015007090004";
        window.awaitWorkspace();
        robot.interact(() -> app.model().cases().createCase("Sampel " + nik));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sidebarCases().contains("Sampel " + nik));
        WaitForAsyncUtils.waitForFxEvents();
        TreeCell<?> shown = robot.lookup(".tree-cell").match((TreeCell<?> c) -> c.getText() != null
                && c.getText().startsWith("Sampel ")).queryAs(TreeCell.class);
        assertThat(shown.getText()).isEqualTo("Sampel 3404********0004").doesNotContain(nik);
        robot.clickOn(shown);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Case").clickOn("Delete case…");
        DialogPane asked = deleteDialog(robot);
        assertThat(asked.getHeaderText()).isEqualTo("Delete the case \"Sampel 3404********0004\" with its 0 file(s)?");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().status().textProperty().get()).doesNotContain(nik);
        assertThat(sidebarCases()).contains("Sampel " + nik); // stored as typed: only the views mask it
    }
}
