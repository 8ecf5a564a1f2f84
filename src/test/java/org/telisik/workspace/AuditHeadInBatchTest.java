package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.VerificationReport;

/**
 * A batch of saves in one transaction reads the audit log's head once and chains the rest from the entries it
 * appended; a rolled-back batch leaves no trace in what the next transaction chains to, nor does a transaction on
 * another connection see what the batch appended before it committed.
 */
class AuditHeadInBatchTest {
    @TempDir
    Path tmp;

    @Test
    void aBatchChainsItsEntriesAndARollbackForgetsThem() {
        try (H2Workspace ws = H2Workspace.open(tmp, WorkspaceOptions.defaults().withAnalyst("Rina Analis"))) {
            String caseId = ws.cases().create("Kebocoran RSUD Cibabat").id();
            ws.inOneTransaction("store two files", () -> {
                ws.evidence().save(caseId, SampleReports.radiologyCsv("/bukti/rujukan.csv", SampleReports.SHA_A));
                ws.evidence().save(caseId, SampleReports.archive("/bukti/dump.zip"));
                ws.audit().append(AuditLog.UNMASK, caseId, Map.of("by", "batch"));
            });
            long before = ws.audit().head().orElseThrow().seq();
            assertThatThrownBy(() -> ws.inOneTransaction("store a file, then fail", () -> {
                ws.evidence().save(caseId, SampleReports.radiologyCsv("/bukti/lain.csv", SampleReports.SHA_B));
                ws.audit().append(AuditLog.UNMASK, caseId, Map.of("by", "rolled back"));
                throw new IllegalStateException("disk full");
            })).hasMessage("disk full");
            ws.audit().append(AuditLog.UNMASK, caseId, Map.of("by", "after the rollback"));
            ws.inOneTransaction("store one more", () ->
                    ws.evidence().save(caseId, SampleReports.radiologyCsv("/bukti/lain.csv", SampleReports.SHA_B)));

            List<AuditEntry> entries = ws.audit().entries();
            assertThat(entries).extracting(AuditEntry::seq).containsExactly(1L, 2L, 3L, 4L, 5L, 6L);
            assertThat(entries.get(4).seq()).isEqualTo(before + 1);
            assertThat(entries.get(4).detail()).contains("after the rollback");
            for (int i = 1; i < entries.size(); i++) {
                assertThat(entries.get(i).prevHash()).isEqualTo(entries.get(i - 1).hash());
            }
        }
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            VerificationReport report = new WorkspaceVerifier(ws).verify();
            assertThat(report.broken()).isEmpty();
            assertThat(report.allHold()).isTrue();
        }
    }
}
