package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.collections.ListChangeListener;
import javafx.concurrent.Task;
import org.junit.jupiter.api.Test;
import org.telisik.app.SessionRequest;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.workspace.AuditActions;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Case ▸ Export case writes the selected case's archive; Case ▸ Import case brings one in, with progress. */
class PortableCaseInWindowTest extends OnTestWorkspace {

    @Test
    void exportThenImportAnotherWorkspacesCaseAndRefuseADuplicate(FxRobot robot) throws Exception {
        Path csv = dir.resolve("pasien_puskesmas.csv");
        RadiologyCsv.write(csv, 30, 29);
        window.importAndShow(robot, csv);
        List<Double> progress = new java.util.concurrent.CopyOnWriteArrayList<>();
        robot.interact(() -> app.model().runner().shownTasks().addListener((ListChangeListener<Task<?>>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(t -> t.progressProperty().addListener((obs, was, now) -> progress.add(now.doubleValue())));
            }
        }));

        Path ours = dir.resolve("kasus-kita.zip");
        assertThat(AppHarness.onFx(() -> app.model().portable().suggestedName())).endsWith(".telisik.zip");
        assertThat(AppHarness.onFx(() -> app.model().portable().exportCase(ours))).isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> AppHarness.onFx(
                () -> app.model().status().textProperty().get()).startsWith("Exported the case"));
        assertThat(app.model().status().textProperty().get()).endsWith(ours.toString());
        assertThat(ours).isRegularFile();
        assertThat(workspace.audit().entries()).anyMatch(e -> e.action().equals(AuditActions.CASE_EXPORTED));
        assertThat(progress).isNotEmpty().allMatch(p -> p >= 0 && p <= 1);

        robot.interact(() -> app.model().portable().importCase(ours));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> app.model().problems().currentProperty().get() != null);
        assertThat(app.model().problems().currentProperty().get().summary()).contains("already in this workspace");

        Path theirs = dir.resolve("kasus-mereka.zip");
        try (WorkspaceSession other = WorkspaceSession.open(SessionRequest.withPassphrase(dir.resolve("lain").toString(), null))) {
            other.analysis().analyze("Kasus Dinas Lain", List.of(csv), ProgressListener.NONE, () -> false);
            other.portable().exportCase(other.cases().find("Kasus Dinas Lain").orElseThrow().id(), theirs, done -> { });
        }
        robot.interact(() -> app.model().portable().importCase(theirs));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> app.model().cases().cases().stream()
                .anyMatch(e -> e.record().name().equals("Kasus Dinas Lain"))));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().lifecycle().selectedCase().name()).isEqualTo("Kasus Dinas Lain");
        assertThat(workspace.verify().broken()).isEmpty();
        assertThat(Files.size(theirs)).isPositive();
    }
}
