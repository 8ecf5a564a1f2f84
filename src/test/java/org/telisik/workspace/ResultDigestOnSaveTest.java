package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.FileReport;

/**
 * A save writes the result digest with the file's row (a new file in its insert, a re-analysed one on every
 * top-level row of that evidence), and checks its case once per transaction: what is stored and verified is what
 * the separate update and the check on every save gave.
 */
class ResultDigestOnSaveTest {
    @TempDir
    Path tmp;

    @Test
    void newAndReplacedFilesCarryTheirDigestMembersNoneAndTheWorkspaceVerifies() {
        FileReport csv = SampleReports.radiologyCsv("/bukti/rujukan.csv", SampleReports.SHA_A);
        FileReport zip = SampleReports.archive("/bukti/dump.zip");
        // the same evidence analysed again, its encoding now read as UTF-8: its row is replaced
        FileReport reanalysed = new FileReport(csv.path(), csv.sizeBytes(), csv.sha256(), csv.md5(), csv.mediaType(),
                "UTF-8", null, csv.datasets(), csv.entries(), csv.entities());
        try (H2Workspace ws = H2Workspace.open(tmp, WorkspaceOptions.defaults().withAnalyst("Rina Analis"))) {
            String caseId = ws.cases().create("Kebocoran RSUD Cibabat").id();
            ws.inOneTransaction("store two files", () -> {
                ws.evidence().save(caseId, csv);
                ws.evidence().save(caseId, zip);
            });
            ws.inOneTransaction("analyse one again", () -> ws.evidence().save(caseId, reanalysed));

            assertThat(ws.evidence().custody(caseId)).extracting(EvidenceInfo::path, EvidenceInfo::resultSha256)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(csv.path(), ResultDigest.of(reanalysed)),
                            org.assertj.core.groups.Tuple.tuple(zip.path(), ResultDigest.of(zip)));
            assertThat(memberDigests(ws, caseId)).as("archive members have no digest of their own")
                    .hasSize(zip.entries().size()).containsOnlyNulls();
            assertThat(ws.audit().entries(caseId)).filteredOn(e -> e.action().equals(AuditActions.EVIDENCE_SAVED))
                    .extracting(e -> JsonText.object(e.detail()).get("resultSha256"))
                    .containsExactly(ResultDigest.of(csv), ResultDigest.of(zip), ResultDigest.of(reanalysed));
        }
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            assertThat(new WorkspaceVerifier(ws).verify().allHold()).isTrue();
        }
    }

    @Test
    void aBatchForACaseThatIsNotThereStoresNothingAndADeletedCaseIsNotSavedTo() {
        try (H2Workspace ws = H2Workspace.open(tmp, WorkspaceOptions.defaults().withAnalyst("Rina Analis"))) {
            assertThatThrownBy(() -> ws.inOneTransaction("store into no case", () ->
                    ws.evidence().save("no-such-case", SampleReports.missing("/bukti/hilang.csv"))))
                    .hasMessageContaining("There is no case with id no-such-case");
            String caseId = ws.cases().create("Kebocoran Disdukcapil").id();
            ws.evidence().save(caseId, SampleReports.missing("/bukti/hilang.csv"));
            ws.cases().delete(caseId);
            assertThatThrownBy(() -> ws.evidence().save(caseId, SampleReports.missing("/bukti/lagi.csv")))
                    .hasMessageContaining("There is no case with id " + caseId);
        }
    }

    private static List<String> memberDigests(H2Workspace ws, String caseId) {
        return ws.database().read("read the members", c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT result_sha256 FROM evidence_file WHERE case_id = ?"
                    + " AND parent_id IS NOT NULL ORDER BY id")) {
                ps.setString(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> all = new ArrayList<>();
                    while (rs.next()) {
                        all.add(rs.getString(1));
                    }
                    return all;
                }
            }
        });
    }
}
