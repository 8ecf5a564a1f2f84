package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.app.CaseAnalysisService;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.FileReport;
import org.telisik.testdata.RadiologyCsv;

/**
 * What a kill leaves in the evidence store (a copy no evidence file holds, a half-written {@code incoming-} file)
 * is removed when the workspace next opens, audited; the copies of the cases' files stay and verify holds.
 */
class OrphanCopiesTest {
    @TempDir
    Path tmp;

    @Test
    void unreferencedAndHalfWrittenCopiesGoAtTheNextOpenAndTheCasesCopiesStay() throws Exception {
        Path sample = tmp.resolve("rujukan_rsud.csv");
        RadiologyCsv.write(sample, 80, 21);
        Path folder = tmp.resolve("ws");
        WorkspaceOptions options = WorkspaceOptions.defaults().withEvidenceCopies(true);
        String orphan = "ab".repeat(32);
        Path partial;
        List<FileReport> files;
        try (H2Workspace ws = H2Workspace.open(folder, options)) {
            new CaseAnalysisService(ws, Analyses.options(false)).analyze("Rujukan", List.of(sample),
                    ProgressListener.NONE, () -> false);
            files = ws.evidence().list(ws.cases().findByName("Rujukan").orElseThrow().id());
            Path copy = ws.evidenceStore().location(files.get(0).sha256());
            assertThat(copy).isRegularFile();
            // as a killed deletion and a killed copy leave them: the content of a file no case holds any more
            Path stray = ws.evidenceStore().location(orphan);
            Files.createDirectories(stray.getParent());
            Files.copy(sample, stray);
            partial = copy.resolveSibling("incoming-" + java.util.UUID.randomUUID());
            Files.write(partial, Files.readAllBytes(sample), java.nio.file.StandardOpenOption.CREATE_NEW);
        }
        try (H2Workspace ws = H2Workspace.open(folder, options)) {
            assertThat(ws.evidenceStore().contains(orphan)).isFalse();
            assertThat(partial).doesNotExist();
            assertThat(ws.evidenceStore().contains(files.get(0).sha256())).isTrue();
            AuditEntry swept = ws.audit().entries().stream()
                    .filter(e -> e.action().equals(AuditActions.EVIDENCE_COPIES_SWEPT)).findFirst().orElseThrow();
            assertThat(swept.detail()).contains(orphan).contains("\"partialCopies\":1");
            assertThat(new WorkspaceVerifier(ws).verify().broken()).isEmpty();
        }
        try (H2Workspace ws = H2Workspace.open(folder, options)) {
            long sweeps = ws.audit().entries().stream()
                    .filter(e -> e.action().equals(AuditActions.EVIDENCE_COPIES_SWEPT)).count();
            assertThat(sweeps).as("an open with nothing to sweep writes no entry").isEqualTo(1);
        }
    }

    @Test
    void aWorkspaceWithoutCopiesOpensWithoutASweep() throws Exception {
        Path folder = tmp.resolve("plain");
        try (H2Workspace ws = H2Workspace.open(folder)) {
            assertThat(ws.audit().entries()).noneMatch(e -> e.action().equals(AuditActions.EVIDENCE_COPIES_SWEPT));
        }
        assertThat(OrphanCopies.sweep(new EvidenceStore(folder, null), null, null)).isZero();
    }
}
