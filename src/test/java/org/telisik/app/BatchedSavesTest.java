package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.FileReport;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.workspace.AuditActions;
import org.telisik.workspace.AuditEntry;
import org.telisik.workspace.H2Workspace;

/** Finished files wait for a batch of at most a second's work (or 200 files), then are stored together. */
class BatchedSavesTest {
    @TempDir
    Path dir;

    private final Analyzer analyzer = new Analyzer(Analyzer.AnalysisOptions.defaults());

    private FileReport analysed(int part) throws Exception {
        Path csv = dir.resolve("rujukan_part" + part + ".csv");
        RadiologyCsv.write(csv, 12, part);
        return analyzer.analyzeFiles(List.of(csv), ProgressListener.NONE, () -> false, r -> { }).get(0);
    }

    @Test
    void storesABatchWhenASecondHasPassedOrItIsFullAndWhateverIsLeftOnFlush() throws Exception {
        AtomicLong nanos = new AtomicLong();
        try (H2Workspace ws = H2Workspace.open(dir.resolve("ws"))) {
            String caseId = ws.cases().create("Sampel bertahap").id();
            BatchedSaves saves = new BatchedSaves(ws, caseId, nanos::get);
            saves.add(analysed(1), List.of());
            saves.add(analysed(2), List.of());
            assertThat(ws.evidence().list(caseId)).as("waiting for the batch").isEmpty();

            nanos.addAndGet(BatchedSaves.MAX_WAIT_NANOS);
            saves.add(analysed(3), List.of());
            assertThat(ws.evidence().list(caseId)).hasSize(3);

            FileReport same = analysed(4);
            for (int i = 0; i < BatchedSaves.MAX_FILES; i++) {
                saves.add(same, List.of());
            }
            assertThat(ws.evidence().list(caseId)).as("a full batch is stored at once").hasSize(4);

            saves.add(analysed(5), List.of());
            saves.flush();
            assertThat(ws.evidence().list(caseId)).hasSize(5);
            assertThat(ws.audit().entries(caseId)).filteredOn(e -> e.action().equals(AuditActions.EVIDENCE_SAVED))
                    .extracting(AuditEntry::detail).hasSize(3 + BatchedSaves.MAX_FILES + 1);
        }
    }

    @Test
    void aFileOfAMegabyteOrMoreIsStoredAsSoonAsItIsFinished() throws Exception {
        // a SIGKILL while the next file is read must not take a large finished file with it (CrashSafetyTest)
        Path big = dir.resolve("rujukan_besar.csv");
        RadiologyCsv.writeSize(big, 1_100_000, 7);
        FileReport report = analyzer.analyzeFiles(List.of(big), ProgressListener.NONE, () -> false, r -> { }).get(0);
        try (H2Workspace ws = H2Workspace.open(dir.resolve("ws"))) {
            String caseId = ws.cases().create("Sampel besar").id();
            BatchedSaves saves = new BatchedSaves(ws, caseId, () -> 0L);
            saves.add(analysed(1), List.of());
            assertThat(ws.evidence().list(caseId)).as("a small file waits for its batch").isEmpty();
            saves.add(report, List.of());
            assertThat(ws.evidence().list(caseId)).as("the batch reached a megabyte").hasSize(2);
        }
    }
}
