package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.CaseStatus;

/** Renaming, closing and reopening a case: stored, audited with what changed, and the chain still verifies. */
class CaseLifecycleTest {
    @TempDir
    Path tmp;

    @Test
    void renameKeepsTheIdAndAuditsOldAndNewName() {
        String id;
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            id = ws.cases().create("Sampel forum 12 Nov").id();
            ws.cases().create("Kebocoran BPJS Jabar");
            CaseRecord renamed = ws.cases().rename(id, "  Kebocoran RSUD Cibabat 2024 ");
            assertThat(renamed.id()).isEqualTo(id);
            assertThat(renamed.name()).isEqualTo("Kebocoran RSUD Cibabat 2024");
            assertThatThrownBy(() -> ws.cases().rename(id, "Kebocoran BPJS Jabar"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("already exists");
            assertThatThrownBy(() -> ws.cases().rename(id, " ")).isInstanceOf(WorkspaceException.class);
            assertThatThrownBy(() -> ws.cases().rename("tidak-ada", "X")).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("no case with id tidak-ada");
            // the same name again is no change, and no entry
            ws.cases().rename(id, "Kebocoran RSUD Cibabat 2024");
        }
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            assertThat(ws.cases().findById(id).orElseThrow().name()).isEqualTo("Kebocoran RSUD Cibabat 2024");
            assertThat(ws.cases().findByName("Sampel forum 12 Nov")).isEmpty();
            List<AuditEntry> entries = ws.audit().entries(id);
            assertThat(entries).extracting(AuditEntry::action)
                    .containsExactly(AuditActions.CASE_CREATED, AuditActions.CASE_RENAMED);
            assertThat(entries.get(1).detail())
                    .isEqualTo("{\"from\":\"Sampel forum 12 Nov\",\"to\":\"Kebocoran RSUD Cibabat 2024\"}");
            assertThat(new WorkspaceVerifier(ws).verify().allHold()).isTrue();
        }
    }

    @Test
    void aClosedCaseRefusesImportsUntilReopened() {
        String id;
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            id = ws.cases().create("Dugaan kebocoran Dukcapil").id();
            ws.cases().markAnalysisStarted(id, 1);
            ws.evidence().save(id, SampleReports.radiologyCsv("/bukti/rujukan.csv", SampleReports.SHA_A));
            ws.cases().markAnalysisFinished(id);
            CaseRecord closed = ws.cases().close(id);
            assertThat(closed.closed()).isTrue();
            assertThat(closed.status()).isEqualTo(CaseStatus.COMPLETE);
            assertThat(ws.cases().close(id)).isEqualTo(closed); // closing twice changes nothing
        }
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            CaseRecord stored = ws.cases().findById(id).orElseThrow();
            assertThat(stored.closed()).isTrue();
            assertThat(ws.cases().list()).singleElement().extracting(CaseRecord::closedAt).isNotNull();
            assertThatThrownBy(() -> ws.cases().markAnalysisStarted(id, 2)).isInstanceOf(WorkspaceException.class)
                    .hasMessage("The case \"Dugaan kebocoran Dukcapil\" is closed, so nothing can be imported into it;"
                            + " reopen the case first, or import into another case.");
            assertThat(ws.evidence().list(id)).hasSize(1); // still readable
            assertThat(ws.cases().reopen(id).closed()).isFalse();
            ws.cases().markAnalysisStarted(id, 1);
            ws.cases().markAnalysisFinished(id);
            assertThat(ws.audit().entries(id)).extracting(AuditEntry::action).containsExactly(AuditActions.CASE_CREATED,
                    AuditActions.ANALYSIS_STARTED, AuditActions.EVIDENCE_SAVED, AuditActions.ANALYSIS_FINISHED,
                    AuditActions.CASE_CLOSED, AuditActions.CASE_REOPENED, AuditActions.ANALYSIS_STARTED,
                    AuditActions.ANALYSIS_FINISHED);
            assertThat(new WorkspaceVerifier(ws).verify().allHold()).isTrue();
        }
    }
}
