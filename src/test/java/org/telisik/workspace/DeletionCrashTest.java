package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.app.CaseAnalysisService;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.FileReport;
import org.telisik.testdata.RadiologyCsv;

/**
 * SIGKILL a child JVM at every step of deleting a case (before and after its rows go, after the audit entry,
 * after the commit, after the copies) and at a few instants from its start: each time the workspace opens and
 * verifies, and holds either the whole case, as before, or no trace of it but the audit entry of its deletion
 * (its evidence copies too: those a kill left after the commit are swept when the workspace opens).
 */
class DeletionCrashTest {
    private static final String DELETED = "Kebocoran Klinik Pratama";
    private static final String KEPT = "Sampel Lain";
    private static final List<String> STEPS = List.of("delete: read", "delete: rows removed", "delete: audited",
            "delete: committed", "delete: copies removed");

    @TempDir
    Path tmp;
    private Path pristine;
    private List<FileReport> deletedFiles;
    private List<FileReport> keptFiles;

    @BeforeEach
    void workspaceWithTwoCases() throws IOException {
        Path bukti = Files.createDirectories(tmp.resolve("bukti"));
        List<Path> parts = List.of(bukti.resolve("pasien_part1.csv"), bukti.resolve("pasien_part2.csv"),
                bukti.resolve("pasien_part3.csv"));
        for (int i = 0; i < parts.size(); i++) {
            RadiologyCsv.write(parts.get(i), 400, 30 + i);
        }
        Path other = bukti.resolve("lain.csv");
        RadiologyCsv.write(other, 200, 40);
        pristine = tmp.resolve("pristine");
        try (H2Workspace ws = H2Workspace.open(pristine, WorkspaceOptions.defaults().withEvidenceCopies(true))) {
            CaseAnalysisService analysis = new CaseAnalysisService(ws, Analyses.options(false));
            analysis.analyze(DELETED, parts, ProgressListener.NONE, () -> false);
            analysis.analyze(KEPT, List.of(other), ProgressListener.NONE, () -> false);
            deletedFiles = ws.evidence().list(ws.cases().findByName(DELETED).orElseThrow().id());
            keptFiles = ws.evidence().list(ws.cases().findByName(KEPT).orElseThrow().id());
        }
    }

    private Path copyOfPristine(String name) throws IOException {
        return WorkspaceCopies.copy(pristine, tmp.resolve(name));
    }

    /** The workspace opens, verifies, keeps the other case, and holds the deleted case whole or not at all. */
    private void assertWholeOrGone(Path folder, String killedAt, boolean mustBeGone) {
        try (H2Workspace ws = H2Workspace.open(folder)) {
            assertThat(new WorkspaceVerifier(ws).verify().broken()).as("verify after a kill at " + killedAt).isEmpty();
            assertThat(ws.evidence().list(ws.cases().findByName(KEPT).orElseThrow().id())).isEqualTo(keptFiles);
            Optional<CaseRecord> deleted = ws.cases().findByName(DELETED);
            List<String> actions = ws.audit().entries().stream().map(AuditEntry::action).toList();
            if (deleted.isPresent()) {
                assertThat(mustBeGone).as("case still there after a kill at " + killedAt).isFalse();
                assertThat(ws.evidence().list(deleted.get().id())).as("after a kill at " + killedAt).isEqualTo(deletedFiles);
                assertThat(ws.results().combined(deleted.get().id())).isNotEmpty();
                assertThat(actions).doesNotContain(AuditActions.CASE_DELETED);
                deletedFiles.forEach(f -> assertThat(ws.evidenceStore().contains(f.sha256())).isTrue());
            } else {
                assertThat(actions).as("after a kill at " + killedAt).containsOnlyOnce(AuditActions.CASE_DELETED);
                // a kill between the commit and the removal of the copies leaves them; the open sweeps them
                deletedFiles.forEach(f -> assertThat(ws.evidenceStore().contains(f.sha256()))
                        .as("copy of the deleted case after a kill at " + killedAt).isFalse());
                try (var rows = ws.database().dataSource().getConnection();
                     var count = rows.prepareStatement("SELECT COUNT(*) FROM evidence_file").executeQuery()) {
                    count.next();
                    assertThat(count.getLong(1)).as("rows left after a kill at " + killedAt).isEqualTo(keptFiles.size());
                } catch (java.sql.SQLException e) {
                    throw new AssertionError(e);
                }
            }
        }
    }

    @Test
    void killedAtEachStepTheCaseIsWholeOrGone() throws Exception {
        for (int i = 0; i < STEPS.size(); i++) {
            String step = STEPS.get(i);
            Path folder = copyOfPristine("step" + i);
            try (ChildJvm child = ChildJvm.start(DeletionChild.class, folder.toString(), DELETED, step)) {
                child.awaitLine("paused");
                child.kill();
            }
            assertWholeOrGone(folder, step, step.equals("delete: committed") || step.equals("delete: copies removed"));
        }
    }

    @Test
    void killedAtInstantsFromItsStartTheCaseIsWholeOrGone() throws Exception {
        long[] delays = {0, 15, 40, 120};
        for (long delay : delays) {
            Path folder = copyOfPristine("after" + delay);
            try (ChildJvm child = ChildJvm.start(DeletionChild.class, folder.toString(), DELETED, "-")) {
                child.awaitLine("start");
                Thread.sleep(delay);
                child.kill();
            }
            assertWholeOrGone(folder, delay + " ms after the start", false);
        }
    }

    @Test
    void anUninterruptedDeletionLeavesNoCopyOfItsOwn() throws Exception {
        Path folder = copyOfPristine("whole");
        try (ChildJvm child = ChildJvm.start(DeletionChild.class, folder.toString(), DELETED, "-")) {
            child.awaitLine("done");
        }
        assertWholeOrGone(folder, "no point", true);
        try (H2Workspace ws = H2Workspace.open(folder)) {
            deletedFiles.forEach(f -> assertThat(ws.evidenceStore().contains(f.sha256())).isFalse());
        }
    }
}
