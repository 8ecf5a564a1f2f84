package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.DatasetPreview;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationItem.Check;
import org.telisik.core.model.VerificationItem.Outcome;

/** {@code verify} re-hashes each file's stored masked previews and compares them with the audit log. */
class PreviewVerificationTest {
    @TempDir
    Path tmp;

    private static final DatasetPreview RUJUKAN = new DatasetPreview("/bukti/rujukan.csv", SampleReports.SHA_A, 0,
            "rujukan_rsud_2023.csv", List.of("NIK", "Nama Pasien"),
            List.of(List.of("3204********0001", "S*** W********"), List.of("3276********0002", "B****")));
    private static final DatasetPreview MEMBER = new DatasetPreview("/bukti/dump.zip!/export/pasien.tsv",
            SampleReports.SHA_B, 0, "pasien", List.of("col1"), List.of(List.of("N* L** P*** A**")));

    /** One case with a CSV and an archive member, previews stored in one save as an analysis does. */
    private String analysed(H2Workspace ws) {
        String id = ws.cases().create("Kebocoran RSUD").id();
        ws.evidence().save(id, SampleReports.radiologyCsv("/bukti/rujukan.csv", SampleReports.SHA_A));
        ws.evidence().save(id, SampleReports.archive("/bukti/dump.zip"));
        ws.previews().save(id, List.of(RUJUKAN, MEMBER));
        return id;
    }

    private static List<VerificationItem> previewItems(H2Workspace ws) {
        return new WorkspaceVerifier(ws).verify().items().stream().filter(i -> i.check() == Check.PREVIEW).toList();
    }

    @Test
    void storedPreviewsHoldPerFileEvenWhenOneSaveSpansSeveralFiles() {
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            analysed(ws);
            assertThat(previewItems(ws)).hasSize(2).allMatch(i -> i.outcome() == Outcome.HOLDS);
            assertThat(new WorkspaceVerifier(ws).verify().allHold()).isTrue();
        }
    }

    @Test
    void aPreviewChangedBehindTelisiksBackIsCaught() throws Exception {
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            analysed(ws);
        }
        RawDatabase.execute(tmp, "UPDATE dataset_preview SET rows_json = '[[\"3204********0001\",\"Budi\"]]'"
                + " WHERE dataset_id IN (SELECT d.id FROM dataset d JOIN evidence_file e ON e.id = d.file_id"
                + " WHERE e.path = '/bukti/rujukan.csv')");
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            assertThat(previewItems(ws)).filteredOn(i -> i.outcome() == Outcome.BROKEN).singleElement()
                    .satisfies(i -> {
                        assertThat(i.subject()).endsWith("preview of /bukti/rujukan.csv");
                        assertThat(i.detail()).contains("changed after they were stored");
                    });
        }
    }

    @Test
    void aDeletedPreviewIsCaughtButAFileAnalysedAgainIsNot() throws Exception {
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            analysed(ws);
        }
        RawDatabase.execute(tmp, "DELETE FROM dataset_preview WHERE dataset_id IN (SELECT d.id FROM dataset d"
                + " JOIN evidence_file e ON e.id = d.file_id WHERE e.path LIKE '/bukti/dump.zip!/%')");
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            assertThat(previewItems(ws)).filteredOn(i -> i.outcome() == Outcome.BROKEN).singleElement()
                    .satisfies(i -> assertThat(i.detail()).contains("no longer in the workspace"));
            String id = ws.cases().list().get(0).id();
            ws.evidence().save(id, SampleReports.archive("/bukti/dump.zip")); // analysed again: replaced
            assertThat(previewItems(ws)).allMatch(i -> i.outcome() == Outcome.HOLDS);
            ws.previews().save(id, List.of(MEMBER));
            assertThat(previewItems(ws)).hasSize(2).allMatch(i -> i.outcome() == Outcome.HOLDS);
        }
    }

    @Test
    void aPreviewNoAuditEntryRecordsIsCaught() throws Exception {
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            String id = ws.cases().create("Tanpa pratinjau").id();
            ws.evidence().save(id, SampleReports.radiologyCsv("/bukti/rujukan.csv", SampleReports.SHA_A));
        }
        RawDatabase.execute(tmp, "INSERT INTO dataset_preview (dataset_id, columns_json, rows_json, captured_at)"
                + " SELECT d.id, '[\"NIK\"]', '[[\"3204********0001\"]]', CURRENT_TIMESTAMP FROM dataset d");
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            assertThat(previewItems(ws)).singleElement().satisfies(i -> {
                assertThat(i.outcome()).isEqualTo(Outcome.BROKEN);
                assertThat(i.detail()).contains("no audit entry records them");
            });
        }
    }
}
