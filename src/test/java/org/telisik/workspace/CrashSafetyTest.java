package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.app.CaseAnalysisService;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.CaseStatus;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.VerificationReport;
import org.telisik.testdata.RadiologyCsv;

/**
 * SIGKILL a child JVM at several points of an analysis: the workspace must open again, the case must say
 * incomplete and keep exactly the files that finished, and a re-run must complete it without duplicates.
 */
class CrashSafetyTest {
    private static final String CASE = "Kebocoran SIMRS 2024";
    private static final int FILES = 4;

    @TempDir
    Path tmp;
    private final List<Path> files = new ArrayList<>();
    private final List<FileReport> expected = new ArrayList<>();

    @BeforeEach
    void generateSamples() throws Exception {
        for (int i = 1; i <= FILES; i++) {
            Path csv = tmp.resolve("bagian" + i + ".csv");
            // over 1 MiB each: the analysis reports progress once per MiB read
            RadiologyCsv.writeSize(csv, 1_100_000, i);
            files.add(csv);
            // the workspace keeps values as read (outputs mask them), so the stored report is the unmasked one
            expected.add(Analyses.analyze(csv, true));
        }
    }

    private void runChildAndKillAt(String marker) throws Exception {
        List<String> args = new ArrayList<>(List.of(tmp.resolve("ws").toString(), CASE));
        files.forEach(f -> args.add(f.toString()));
        try (ChildJvm child = ChildJvm.start(AnalysisChild.class, args.toArray(String[]::new))) {
            child.awaitLine(marker);
            child.kill();
        }
    }

    /** After a kill while reading file {@code reading} (1-based), at least the files before it are stored. */
    private void assertInterruptedKeeping(int reading) {
        try (H2Workspace ws = H2Workspace.open(tmp.resolve("ws"))) {
            CaseRecord record = ws.cases().findByName(CASE).orElseThrow();
            assertThat(record.status()).isEqualTo(CaseStatus.INCOMPLETE);
            List<FileReport> stored = ws.evidence().list(record.id());
            assertThat(stored.size()).isBetween(reading - 1, FILES);
            assertThat(stored).isEqualTo(expected.subList(0, stored.size()));
            VerificationReport verified = new WorkspaceVerifier(ws).verify();
            assertThat(verified.broken()).isEmpty();
        }
    }

    @Test
    void killedAtSeveralPointsTheCaseIsIncompleteAndARerunCompletesItWithoutDuplicates() throws Exception {
        runChildAndKillAt("opened");
        runChildAndKillAt("reading bagian1.csv");
        assertInterruptedKeeping(1);
        runChildAndKillAt("reading bagian2.csv");
        assertInterruptedKeeping(2);
        runChildAndKillAt("reading bagian4.csv");
        assertInterruptedKeeping(4);

        try (H2Workspace ws = H2Workspace.open(tmp.resolve("ws"))) {
            new CaseAnalysisService(ws, Analyses.options(false)).analyze(CASE, files, ProgressListener.NONE, () -> false);
            CaseRecord record = ws.cases().findByName(CASE).orElseThrow();
            assertThat(record.status()).isEqualTo(CaseStatus.COMPLETE);
            assertThat(ws.evidence().list(record.id())).isEqualTo(expected);
            assertThat(ws.cases().list()).hasSize(1);
            assertThat(new WorkspaceVerifier(ws).verify().allHold()).isTrue();
            assertThat(ws.audit().entries(record.id())).extracting(AuditEntry::action)
                    .contains(AuditActions.ANALYSIS_FINISHED).last().isEqualTo(AuditActions.ANALYSIS_FINISHED);
        }
    }
}
