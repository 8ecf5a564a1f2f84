package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.FileReport;

/**
 * The workspace file stays within twice its compacted size: small commits, re-analyses and batches bloat H2's
 * file, and a close (or an explicit compaction) gives the space back, audited, plain or encrypted.
 */
class CompactionTest {
    private static final char[] PASSPHRASE = "sambal terasi pedas 3 cabai".toCharArray();

    @TempDir
    Path tmp;

    /** The workload of an analyst's month: many small files stored one commit each, then all analysed again. */
    private static void smallFilesTwice(Workspace ws, String caseId, int files) {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < files; i++) {
                ws.evidence().save(caseId, SampleReports.radiologyCsv("/sampel/bagian" + i + ".csv", sha(i)));
            }
        }
    }

    private static String sha(int i) {
        return String.format("%064x", 0xabcdefL + i);
    }

    private static long fileSize(Path folder) throws IOException {
        return Files.size(folder.resolve("telisik.mv.db"));
    }

    /** The size H2's own SHUTDOWN COMPACT reaches on a copy of the (closed, plain) workspace. */
    private long compactedCopy(Path folder) throws IOException, SQLException {
        Path copy = Files.createDirectories(tmp.resolve("copy"));
        Files.copy(folder.resolve("telisik.mv.db"), copy.resolve("telisik.mv.db"));
        RawDatabase.execute(copy, "SHUTDOWN COMPACT");
        return fileSize(copy);
    }

    @Test
    void closingAfterManySmallCommitsLeavesTheFileWithinTwiceItsCompactedSize() throws Exception {
        Path folder = tmp.resolve("ws");
        long bloated;
        try (H2Workspace ws = H2Workspace.open(folder)) {
            smallFilesTwice(ws, ws.cases().create("Sampel RSUD bagian").id(), 300);
            bloated = fileSize(folder);
        }
        long closed = fileSize(folder);
        long compacted = compactedCopy(folder);

        assertThat(bloated).as("600 commits bloat the file").isGreaterThan(4 * compacted);
        assertThat(closed).isLessThanOrEqualTo(2 * compacted);
        try (H2Workspace ws = H2Workspace.open(folder)) {
            AuditEntry last = ws.audit().head().orElseThrow();
            assertThat(last.action()).isEqualTo(AuditActions.WORKSPACE_COMPACTED);
            assertThat(last.detail()).contains("\"trigger\":\"close\"").contains("\"fileBytes\":" + bloated).contains("\"inUseBytes\":");
            assertThat(ws.evidence().list(ws.cases().findByName("Sampel RSUD bagian").orElseThrow().id())).hasSize(300);
            assertThat(new WorkspaceVerifier(ws).verify().allHold()).isTrue();
        }
    }

    @Test
    void beyondWhatACloseRewritesQuicklyItLeavesTheFileForAnOnDemandCompactionPlainAndEncrypted() throws Exception {
        for (boolean encrypted : new boolean[] {false, true}) {
            Path folder = tmp.resolve(encrypted ? "encrypted" : "plain");
            long bloated;
            long limit = Compaction.closeLiveLimitBytes;
            Compaction.closeLiveLimitBytes = 0; // as if what it holds were too much to rewrite in the time of a close
            try {
                try (H2Workspace ws = H2Workspace.open(folder, options(encrypted))) {
                    smallFilesTwice(ws, ws.cases().create("Sampel RSUD bagian").id(), 300);
                    bloated = fileSize(folder);
                }
            } finally {
                Compaction.closeLiveLimitBytes = limit;
            }
            assertThat(fileSize(folder)).as("not compacted, not even in place").isGreaterThanOrEqualTo(bloated);
            try (H2Workspace ws = H2Workspace.open(folder, options(encrypted))) {
                assertThat(ws.audit().entries()).extracting(AuditEntry::action).doesNotContain(AuditActions.WORKSPACE_COMPACTED);
                assertThat(new WorkspaceVerifier(ws).verify().allHold()).isTrue();
                assertThat(ws.compact().bytesAfter()).isLessThan(bloated / 3);
                assertThat(ws.evidence().list(ws.cases().findByName("Sampel RSUD bagian").orElseThrow().id())).hasSize(300);
            }
        }
    }

    private static WorkspaceOptions options(boolean encrypted) {
        return encrypted ? WorkspaceOptions.defaults().withPassphrase(PASSPHRASE.clone()) : WorkspaceOptions.defaults();
    }

    @Test
    void theFilesOwnSizeDoesNotDecideOnlyWhatItHolds() {
        Compaction.Measure atOpen = new Compaction.Measure(300L << 20, 90, 90, 7);
        Compaction.Measure small = new Compaction.Measure(700L << 20, 100, 3, 9);
        Compaction.Measure large = new Compaction.Measure(700L << 20, 100, 60, 9);
        assertThat(Compaction.onClose(700L << 20, atOpen, small, true)).as("a deletion past 256 MB holding 21 MB")
                .isEqualTo(Compaction.OnClose.COMPACT);
        assertThat(Compaction.onClose(700L << 20, atOpen, large, true)).as("420 MB in use")
                .isEqualTo(Compaction.OnClose.TOO_LARGE);
        Compaction.Measure full = new Compaction.Measure(400L << 20, 100, 80, 9);
        assertThat(Compaction.onClose(400L << 20, atOpen, full, false)).as("grown by a third, nothing deleted")
                .isEqualTo(Compaction.OnClose.NONE);
        assertThat(Compaction.onClose(400L << 20, new Compaction.Measure(300L << 20, 100, 5, 9), small, false))
                .as("a file whose last close was killed: 100% at the opening, 3% in its chunks").isEqualTo(Compaction.OnClose.COMPACT);
        assertThat(Compaction.onClose(3L << 20, new Compaction.Measure(1L << 20, 50, 50, 1), small, true))
                .isEqualTo(Compaction.OnClose.NONE);
    }

    @Test
    void closingASmallOrUnchangedWorkspaceDoesNotCompact() throws Exception {
        Path folder = tmp.resolve("ws");
        try (H2Workspace ws = H2Workspace.open(folder)) {
            ws.evidence().save(ws.cases().create("Satu berkas").id(), SampleReports.radiologyCsv("/a.csv", sha(1)));
        }
        try (H2Workspace ws = H2Workspace.open(folder)) {
            assertThat(ws.audit().entries()).extracting(AuditEntry::action).doesNotContain(AuditActions.WORKSPACE_COMPACTED);
        }
    }

    @Test
    void anEncryptedWorkspaceIsCompactedOnDemandAndStaysOpenEncryptedAndVerified() throws Exception {
        Path folder = tmp.resolve("ws");
        WorkspaceOptions options = WorkspaceOptions.defaults().withPassphrase(PASSPHRASE.clone());
        try (H2Workspace ws = H2Workspace.open(folder, options)) {
            String caseId = ws.cases().create("Sampel terenkripsi").id();
            smallFilesTwice(ws, caseId, 200);

            long bloated = fileSize(folder);

            Compaction done = ws.compact();

            assertThat(done.bytesBefore()).isEqualTo(bloated);
            assertThat(done.bytesAfter()).isEqualTo(fileSize(folder)).isLessThan(done.bytesBefore() / 3);
            ws.evidence().save(caseId, SampleReports.radiologyCsv("/sampel/susulan.csv", sha(999)));
            assertThat(ws.evidence().list(caseId)).hasSize(201);
            List<AuditEntry> compactions = ws.audit().entries().stream()
                    .filter(e -> e.action().equals(AuditActions.WORKSPACE_COMPACTED)).toList();
            assertThat(compactions).singleElement().satisfies(e -> assertThat(e.detail())
                    .contains("\"trigger\":\"on demand\"").contains("\"fileBytes\":" + done.bytesBefore()));
        }
        assertThatThrownBy(() -> H2Workspace.open(folder, WorkspaceOptions.defaults()
                .withPassphrase("salah".toCharArray()))).isInstanceOf(WorkspaceException.class);
        try (H2Workspace ws = H2Workspace.open(folder, WorkspaceOptions.defaults().withPassphrase(PASSPHRASE.clone()))) {
            assertThat(new WorkspaceVerifier(ws).verify().allHold()).isTrue();
        }
    }

    @Test
    void aBatchCommitsEveryFileWithItsOwnChainedAuditEntryOrNothing() {
        try (H2Workspace ws = H2Workspace.open(tmp.resolve("ws"))) {
            String caseId = ws.cases().create("Sampel bertahap").id();
            long before = ws.audit().entries().size();
            ws.inOneTransaction("store a batch", () -> {
                for (int i = 0; i < 20; i++) {
                    ws.evidence().save(caseId, SampleReports.radiologyCsv("/sampel/bagian" + i + ".csv", sha(i)));
                }
            });
            assertThat(ws.audit().entries()).hasSize((int) before + 20).last()
                    .satisfies(e -> assertThat(e.detail()).contains("/sampel/bagian19.csv"));

            FileReport intoNoCase = SampleReports.radiologyCsv("/sampel/nyasar.csv", sha(77));
            assertThatThrownBy(() -> ws.inOneTransaction("store a failing batch", () -> {
                ws.evidence().save(caseId, SampleReports.radiologyCsv("/sampel/bagian20.csv", sha(20)));
                ws.evidence().save("no-such-case", intoNoCase);
            })).isInstanceOf(WorkspaceException.class).hasMessageContaining("no-such-case");

            assertThat(ws.evidence().list(caseId)).hasSize(20);
            assertThat(ws.audit().entries()).hasSize((int) before + 20);
            assertThat(new WorkspaceVerifier(ws).verify().allHold()).isTrue();
        }
    }
}
