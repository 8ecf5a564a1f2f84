package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.workspace.AuditActions;
import org.telisik.workspace.AuditEntry;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** File ▸ Compact workspace compacts the open workspace, audited, says the sizes, and the workspace stays usable. */
class CompactWorkspaceMenuTest extends OnTestWorkspace {

    @Test
    void compactingFromTheFileMenuKeepsTheWorkspaceOpenAndAuditsIt(FxRobot robot) throws Exception {
        Path csv = dir.resolve("rujukan.csv");
        RadiologyCsv.write(csv, 60, 4);
        window.importAndShow(robot, csv);

        I18n i18n = app.model().i18n();
        robot.clickOn(i18n.get("menu.file")).clickOn(i18n.get("action.compact"));

        String done = i18n.get("compact.done", 0.0, 0.0, 0.0);
        String prefix = done.substring(0, done.indexOf(':'));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> AppHarness.onFx(() -> app.model().status().textProperty().get()).startsWith(prefix));
        assertThat(workspace.audit().entries()).extracting(AuditEntry::action).contains(AuditActions.WORKSPACE_COMPACTED);
        String caseId = workspace.cases().list().get(0).id();
        assertThat(workspace.evidence().list(caseId)).hasSize(1);
    }
}
