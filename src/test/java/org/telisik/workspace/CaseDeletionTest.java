package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.app.CaseAnalysisService;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.Annotation;
import org.telisik.core.model.AnnotationTarget;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationKey;
import org.telisik.core.model.VerificationReport;
import org.telisik.testdata.RadiologyCsv;

/**
 * Deleting a case removes every row stored about it and the evidence copies only it used, in one audited
 * transaction; the originals stay as they were, the other cases keep what they share with it, verify holds
 * (the deletion is recorded), and once compacted the workspace file no longer holds the case's identifiers.
 */
class CaseDeletionTest {
    private static final char[] PASSPHRASE = "teh manis hangat 3 gelas".toCharArray();

    @TempDir
    Path tmp;
    private Path partA1;
    private Path partA2;
    private Path shared;
    private Path otherOnly;

    @BeforeEach
    void samples() throws IOException {
        Path bukti = Files.createDirectories(tmp.resolve("bukti"));
        partA1 = bukti.resolve("rujukan_part01.csv");
        partA2 = bukti.resolve("rujukan_part02.csv");
        shared = bukti.resolve("rujukan_bersama.csv");
        otherOnly = bukti.resolve("radiologi_lain.csv");
        RadiologyCsv.write(partA1, 120, 11);
        RadiologyCsv.write(partA2, 120, 12);
        RadiologyCsv.write(shared, 60, 13);
        RadiologyCsv.write(otherOnly, 60, 14);
    }

    private static void analyze(H2Workspace ws, String caseName, List<Path> files) {
        new CaseAnalysisService(ws, Analyses.options(false)).analyze(caseName, files, ProgressListener.NONE, () -> false);
    }

    private Map<Path, String> originals() throws IOException {
        Map<Path, String> state = new LinkedHashMap<>();
        for (Path p : List.of(partA1, partA2, shared, otherOnly)) {
            FileTime modified = Files.getLastModifiedTime(p);
            state.put(p, CaseExporter.sha256(p) + " " + modified.toMillis() + " " + Files.size(p));
        }
        return state;
    }

    @Test
    void everythingOfTheCaseGoesAuditedTheOriginalsAndTheOtherCaseStayAndVerifyHolds() throws Exception {
        Path folder = tmp.resolve("ws");
        WorkspaceOptions options = WorkspaceOptions.defaults().withEvidenceCopies(true);
        Map<Path, String> before = originals();
        String deletedId;
        String keptId;
        try (H2Workspace ws = H2Workspace.open(folder, options)) {
            analyze(ws, "Kebocoran RSUD Bagian", List.of(partA1, partA2, shared));
            analyze(ws, "Sampel Pembanding", List.of(shared, otherOnly));
            deletedId = ws.cases().findByName("Kebocoran RSUD Bagian").orElseThrow().id();
            keptId = ws.cases().findByName("Sampel Pembanding").orElseThrow().id();
            ws.annotations().add(deletedId, Annotation.Kind.NOTE, AnnotationTarget.file(partA1.toString()), "dicek ulang");
            assertThat(ws.results().combined(deletedId)).as("the parts were combined").isNotEmpty();
            List<String> hashes = ws.evidence().list(deletedId).stream().map(FileReport::sha256).toList();
            String sharedSha = CaseExporter.sha256(shared);

            CaseDeletion deleted = ws.cases().delete(deletedId);

            assertThat(deleted.name()).isEqualTo("Kebocoran RSUD Bagian");
            assertThat(deleted.files()).isEqualTo(3);
            assertThat(deleted.sha256()).isEqualTo(hashes);
            assertThat(deleted.evidenceCopies()).as("the shared copy stays for the other case").isEqualTo(2);
            assertThat(ws.cases().list()).extracting(c -> c.id()).containsExactly(keptId);
            assertThat(ws.evidenceStore().contains(sharedSha)).isTrue();
            assertThat(ws.evidenceStore().contains(CaseExporter.sha256(partA1))).isFalse();
            assertThat(ws.evidence().list(deletedId)).isEmpty();
            assertThat(ws.results().combined(deletedId)).isEmpty();
            assertThat(ws.annotations().list(deletedId)).isEmpty();
            assertThat(ws.previews().list(deletedId)).isEmpty();

            AuditEntry entry = ws.audit().head().orElseThrow();
            assertThat(entry.seq()).isEqualTo(deleted.auditSeq());
            assertThat(entry.action()).isEqualTo(AuditActions.CASE_DELETED);
            assertThat(entry.caseId()).isEqualTo(deletedId);
            assertThat(entry.analyst()).isEqualTo(options.analyst());
            Map<String, Object> details = JsonText.object(entry.detail());
            assertThat(details).containsEntry("name", "Kebocoran RSUD Bagian").containsEntry("files", 3L)
                    .containsEntry("sha256", hashes).containsEntry("evidenceCopies", 2L);

            VerificationReport verified = new WorkspaceVerifier(ws).verify();
            assertThat(verified.broken()).isEmpty();
            assertThat(verified.items()).anySatisfy(i -> {
                assertThat(i.outcome()).isEqualTo(VerificationItem.Outcome.HOLDS);
                assertThat(i.detailMessage().key()).isEqualTo(VerificationKey.CASE_DELETION_RECORDED);
            });
            assertThat(ws.evidence().list(keptId)).hasSize(2);
            assertThatThrownBy(() -> ws.cases().delete(deletedId)).isInstanceOf(WorkspaceException.class)
                    .hasMessageContaining("no case with id " + deletedId);
            ws.compact();
        }
        assertThat(originals()).as("the originals are only read").isEqualTo(before);
        List<String> onlyDeleted = new ArrayList<>(EncryptionTest.niksIn(partA1));
        onlyDeleted.removeAll(EncryptionTest.niksIn(shared));
        onlyDeleted.removeAll(EncryptionTest.niksIn(otherOnly));
        assertThat(onlyDeleted).isNotEmpty();
        assertThat(EncryptionTest.readableNiks(folder, onlyDeleted)).as("the deleted case's identifiers after compaction").isEmpty();
        assertThat(EncryptionTest.readableNiks(folder, EncryptionTest.niksIn(otherOnly))).as("the kept case's copy is still there").isNotEmpty();
    }

    @Test
    void anEncryptedWorkspaceDeletesVerifiesAndTakesTheExportedCaseBackAfterwards() throws Exception {
        Path folder = tmp.resolve("rahasia");
        WorkspaceOptions options = WorkspaceOptions.defaults().withPassphrase(PASSPHRASE).withEvidenceCopies(true);
        Path archive = tmp.resolve("kasus.telisik.zip");
        try (H2Workspace ws = H2Workspace.open(folder, options)) {
            analyze(ws, "Kebocoran RSUD Bagian", List.of(partA1, partA2));
            String id = ws.cases().findByName("Kebocoran RSUD Bagian").orElseThrow().id();
            new PortableCases(ws).exportCase(id, archive);
            assertThat(ws.cases().delete(id).evidenceCopies()).isEqualTo(2);
            assertThat(new WorkspaceVerifier(ws).verify().broken()).isEmpty();

            // the same case (same id) imported again answers only for what came after its deletion
            new PortableCases(ws).importCase(archive);
            VerificationReport again = new WorkspaceVerifier(ws).verify();
            assertThat(again.broken()).isEmpty();
            assertThat(ws.evidence().list(id)).hasSize(2);
            assertThat(ws.results().combined(id)).isNotEmpty();
        }
        try (H2Workspace ws = H2Workspace.open(folder, options)) {
            assertThat(new WorkspaceVerifier(ws).verify().broken()).isEmpty();
        }
    }
}
