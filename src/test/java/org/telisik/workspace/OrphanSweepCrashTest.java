package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.app.CaseAnalysisService;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.FileReport;
import org.telisik.testdata.RadiologyCsv;

/**
 * SIGKILL a child JVM at each step of the open's sweep of the evidence store (orphans found, entry written, one of
 * them removed): no copy is ever gone without a committed {@code evidence-copies-swept} entry naming it, the next open
 * finishes the removal under that same entry (no second one), the case's own copies stay and the workspace verifies.
 */
class OrphanSweepCrashTest {
    private static final List<String> STEPS = List.of("sweep: found", "sweep: audited", "sweep: one removed");

    @TempDir
    Path tmp;
    private Path pristine;
    private List<FileReport> files;
    private final List<Path> orphans = new ArrayList<>();

    @BeforeEach
    void workspaceWithStrayCopies() throws IOException {
        Path sample = tmp.resolve("rujukan_rsud.csv");
        RadiologyCsv.write(sample, 120, 23);
        pristine = tmp.resolve("pristine");
        try (H2Workspace ws = H2Workspace.open(pristine, WorkspaceOptions.defaults().withEvidenceCopies(true))) {
            new CaseAnalysisService(ws, Analyses.options(false)).analyze("Rujukan", List.of(sample),
                    ProgressListener.NONE, () -> false);
            files = ws.evidence().list(ws.cases().findByName("Rujukan").orElseThrow().id());
            // as killed deletions and a killed copy leave them: two copies no case holds, one half-written file
            for (String hash : List.of("ab".repeat(32), "c0".repeat(32))) {
                Path stray = ws.evidenceStore().location(hash);
                Files.createDirectories(stray.getParent());
                Files.copy(sample, stray);
                orphans.add(pristine.relativize(stray));
            }
            Path partial = ws.evidenceStore().location(files.get(0).sha256()).resolveSibling("incoming-" + UUID.randomUUID());
            Files.write(partial, Files.readAllBytes(sample), StandardOpenOption.CREATE_NEW);
            orphans.add(pristine.relativize(partial));
        }
    }

    @Test
    void killedAtEachStepOfTheSweepNoCopyGoesUnrecorded() throws Exception {
        for (int i = 0; i < STEPS.size(); i++) {
            String step = STEPS.get(i);
            Path folder = copyOfPristine("step" + i);
            try (ChildJvm child = ChildJvm.start(SweepChild.class, folder.toString(), step)) {
                child.awaitLine("paused");
                child.kill();
            }
            List<String> goneAtKill = orphans.stream().filter(o -> !Files.exists(folder.resolve(o)))
                    .map(o -> o.getFileName().toString()).toList();
            assertThat(goneAtKill).as("removed before a kill at " + step).hasSize(step.equals("sweep: one removed") ? 1 : 0);
            try (H2Workspace ws = H2Workspace.open(folder, WorkspaceOptions.defaults().withEvidenceCopies(true))) {
                List<AuditEntry> sweeps = ws.audit().entries().stream()
                        .filter(e -> e.action().equals(AuditActions.EVIDENCE_COPIES_SWEPT)).toList();
                assertThat(sweeps).as("one entry whatever the kill, at " + step).hasSize(1);
                AuditEntry entry = sweeps.get(0);
                orphans.forEach(o -> assertThat(entry.detail()).as("named after a kill at " + step)
                        .contains(o.getFileName().toString()));
                orphans.forEach(o -> assertThat(folder.resolve(o)).as("after a kill at " + step).doesNotExist());
                files.forEach(f -> assertThat(ws.evidenceStore().contains(f.sha256())).isTrue());
                assertThat(new WorkspaceVerifier(ws).verify().broken()).as("verify after a kill at " + step).isEmpty();
            }
        }
    }

    private Path copyOfPristine(String name) throws IOException {
        return WorkspaceCopies.copy(pristine, tmp.resolve(name));
    }
}
