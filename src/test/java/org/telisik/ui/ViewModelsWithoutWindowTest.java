package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.app.SessionRequest;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.VerificationItem;
import org.telisik.testdata.RadiologyCsv;

/**
 * View models on a real workspace, run by a {@link SameThreadTaskExecutor}: each command's background work and
 * its follow-up happen before the call returns, so the view models are tested without a window.
 */
class ViewModelsWithoutWindowTest {
    @TempDir
    Path dir;
    private WorkspaceSession session;
    private final List<String> failures = new ArrayList<>();
    private final SameThreadTaskExecutor now = new SameThreadTaskExecutor((doing, e) -> failures.add(doing + ": " + e.getMessage()));
    private final I18n i18n = new I18n(I18n.ENGLISH);
    private final SimpleObjectProperty<WorkspaceSession> open = new SimpleObjectProperty<>();
    private CasesViewModel cases;
    private Path csv;

    @BeforeEach
    void aWorkspaceWithOneAnalysedCase() throws Exception {
        csv = dir.resolve("rujukan_rsud.csv");
        RadiologyCsv.write(csv, 30, 41);
        session = WorkspaceSession.open(SessionRequest.withPassphrase(dir.resolve("ws").toString(), null));
        session.analysis().analyze("Kebocoran RSUD", List.of(csv), ProgressListener.NONE, () -> false);
        open.set(session);
        cases = new CasesViewModel(now, open, i18n);
    }

    @AfterEach
    void close() {
        session.close();
    }

    private CaseRecord select(String name) {
        cases.reload(() -> { });
        CaseEntry entry = cases.cases().stream().filter(e -> e.record().name().equals(name)).findFirst().orElseThrow();
        cases.selectedProperty().set(entry.node());
        return entry.record();
    }

    @Test
    void renameCloseAndReopenChangeTheStoredCaseAndTheSelection() {
        StatusLine status = new StatusLine(i18n);
        CaseLifecycleViewModel lifecycle = new CaseLifecycleViewModel(now, open, cases, status, i18n);
        CaseRecord before = select("Kebocoran RSUD");

        lifecycle.rename("  Kebocoran RSUD Cibabat ");
        assertThat(session.cases().find(before.id()).orElseThrow().name()).isEqualTo("Kebocoran RSUD Cibabat");
        assertThat(lifecycle.selectedCase().name()).isEqualTo("Kebocoran RSUD Cibabat");
        assertThat(status.textProperty().get()).isEqualTo("Renamed the case \"Kebocoran RSUD\" to \"Kebocoran RSUD Cibabat\"");

        assertThat(lifecycle.closableProperty().get()).isTrue();
        lifecycle.close();
        assertThat(session.cases().find(before.id()).orElseThrow().closed()).isTrue();
        assertThat(lifecycle.reopenableProperty().get()).isTrue();
        lifecycle.reopen();
        assertThat(session.cases().find(before.id()).orElseThrow().closed()).isFalse();
        assertThat(failures).isEmpty();
    }

    @Test
    void aTakenNameIsReportedAndChangesNothing() {
        session.cases().create("Kasus Pembanding");
        CaseLifecycleViewModel lifecycle = new CaseLifecycleViewModel(now, open, cases, new StatusLine(i18n), i18n);
        CaseRecord before = select("Kebocoran RSUD");
        lifecycle.rename("Kasus Pembanding");
        assertThat(failures).singleElement().asString().contains("Kasus Pembanding");
        assertThat(session.cases().find(before.id()).orElseThrow().name()).isEqualTo("Kebocoran RSUD");
    }

    @Test
    void verifyListsEveryCheckAndSaysWhenAnOriginalChanged() throws Exception {
        VerifyViewModel verify = new VerifyViewModel(now, open, i18n);
        verify.verify();
        assertThat(verify.items()).isNotEmpty().noneMatch(i -> i.outcome() == VerificationItem.Outcome.BROKEN);
        assertThat(verify.summaryProperty().get()).startsWith("Everything");

        Files.writeString(csv, "3204110609970001,Siti Wulandari\n", java.nio.file.StandardOpenOption.APPEND);
        verify.verify();
        assertThat(verify.items()).anyMatch(i -> i.check() == VerificationItem.Check.ORIGINAL
                && i.outcome() == VerificationItem.Outcome.BROKEN);
        assertThat(verify.summaryProperty().get()).doesNotStartWith("Everything");
        assertThat(failures).isEmpty();
    }
}
