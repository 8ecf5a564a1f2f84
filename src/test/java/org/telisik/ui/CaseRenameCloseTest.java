package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.workspace.AuditActions;
import org.telisik.workspace.AuditEntry;
import org.telisik.workspace.Workspace;
import org.telisik.workspace.WorkspaceVerifier;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** F2 renames the selected case, the Case menu closes it and the sidebar's right-click menu reopens it; a closed case is greyed and takes no import. */
class CaseRenameCloseTest extends OnTestWorkspace {

    private TreeCell<?> caseCell(FxRobot robot, String name) {
        return robot.lookup(".tree-cell").match((TreeCell<?> c) -> name.equals(c.getText())).queryAs(TreeCell.class);
    }

    private List<String> sidebarCases() throws Exception {
        return AppHarness.onFx(() -> app.model().cases().cases().stream().map(e -> e.record().name()).toList());
    }

    private Workspace workspace() {
        return workspace;
    }

    @Test
    void renameCloseRefuseAnImportAndReopen(FxRobot robot) throws Exception {
        Path csv = dir.resolve("sampel-forum.csv");
        RadiologyCsv.write(csv, 40, 3);
        window.importAndShow(robot, csv);
        String firstName = sidebarCases().get(0);
        robot.interact(() -> app.model().cases().createCase("Kasus Pembanding"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sidebarCases().size() == 2);

        robot.clickOn(caseCell(robot, firstName));
        robot.type(KeyCode.F2);
        robot.clickOn("#rename-field").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("Kebocoran RSUD Cibabat").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> sidebarCases().contains("Kebocoran RSUD Cibabat"));
        assertThat(app.model().status().textProperty().get())
                .isEqualTo("Renamed the case \"" + firstName + "\" to \"Kebocoran RSUD Cibabat\"");

        robot.clickOn("Case").clickOn("Close case");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.model().lifecycle().selectedCase().closed());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(sidebarCases()).containsExactly("Kasus Pembanding", "Kebocoran RSUD Cibabat");
        TreeCell<?> closed = caseCell(robot, "Kebocoran RSUD Cibabat");
        assertThat(closed.getPseudoClassStates()).extracting(Object::toString).contains("closed");
        assertThat(robot.from(closed).lookup(".closed-badge").queryAs(Label.class).getText()).isEqualTo("closed");
        assertThat(caseCell(robot, "Kasus Pembanding").getPseudoClassStates()).extracting(Object::toString)
                .doesNotContain("closed");

        Path more = dir.resolve("sampel-kedua.csv");
        RadiologyCsv.write(more, 10, 4);
        window.drop(robot, more);
        Label problem = robot.lookup("#problem-summary").queryAs(Label.class);
        assertThat(problem.getText()).isEqualTo("The case \"Kebocoran RSUD Cibabat\" is closed, so nothing was imported;"
                + " reopen it (Case ▸ Reopen case) or select another case");
        assertThat(app.model().runner().shownTasks()).isEmpty();

        robot.clickOn("#problem-dismiss");
        // Monocle posts no context-menu events on a right click, so the sidebar's menu item is fired directly
        TreeView<?> sidebar = robot.lookup("#sidebar").queryAs(TreeView.class);
        assertThat(sidebar.getContextMenu().getItems()).extracting(MenuItem::getText)
                .containsExactly("Rename case…", "Close case", "Reopen case", null, "Delete case…");
        MenuItem reopen = sidebar.getContextMenu().getItems().get(2);
        assertThat(reopen.isDisable()).isFalse();
        assertThat(sidebar.getContextMenu().getItems().get(1).isDisable()).isTrue();
        robot.interact(reopen::fire);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !app.model().lifecycle().selectedCase().closed());
        window.drop(robot, more);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> app.model().cases().cases().stream()
                .filter(e -> e.record().name().equals("Kebocoran RSUD Cibabat")).findFirst().orElseThrow().files().size()) == 2);

        String id = app.model().lifecycle().selectedCase().id();
        assertThat(workspace().audit().entries(id)).extracting(AuditEntry::action).containsSubsequence(
                AuditActions.CASE_RENAMED, AuditActions.CASE_CLOSED, AuditActions.CASE_REOPENED, AuditActions.ANALYSIS_STARTED);
        assertThat(new WorkspaceVerifier((org.telisik.workspace.H2Workspace) workspace()).verify().allHold()).isTrue();
        assertThat(sidebar.getRoot().getChildren()).hasSize(2);
    }
}
