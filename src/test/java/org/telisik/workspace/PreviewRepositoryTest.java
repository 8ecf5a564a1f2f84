package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.DatasetPreview;

/** The first rows of each dataset are stored as read, tied to their dataset, audited without values, encrypted. */
class PreviewRepositoryTest {
    private static final String NIK = "3204110609970001";
    @TempDir
    Path tmp;

    private static DatasetPreview radiology() {
        return new DatasetPreview("/bukti/rujukan.csv", SampleReports.SHA_A, 0, "rujukan_rsud_2023.csv",
                List.of("NIK", "Nama Pasien", "Modalitas"),
                List.of(List.of(NIK, "Siti Wulandari", "CR"), Arrays.asList("3276015502880002", null, "CT"),
                        List.of("", "Bambang Sutrisno"))); // a short record stays short
    }

    private static DatasetPreview archiveMember() {
        return new DatasetPreview("/bukti/dump.zip!/export/pasien.tsv", SampleReports.SHA_B, 0, "pasien",
                List.of("col1"), List.of(List.of("Ni Luh Putu Ayu"), List.of("Ujang")));
    }

    @Test
    void storedRowsComeBackAsTheyWereReadAndAuditedWithoutValues() {
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            String id = ws.cases().create("Kebocoran RSUD Cibabat").id();
            ws.evidence().save(id, SampleReports.radiologyCsv("/bukti/rujukan.csv", SampleReports.SHA_A));
            ws.evidence().save(id, SampleReports.archive("/bukti/dump.zip"));
            DatasetPreview unknown = new DatasetPreview("/bukti/tidak-disimpan.csv", null, 0, "x", List.of("a"),
                    List.of(List.of("1")));
            assertThat(ws.previews().save(id, List.of(radiology(), unknown))).isEqualTo(1);
            assertThat(ws.previews().save(id, List.of(archiveMember()))).isEqualTo(1);

            assertThat(ws.previews().list(id)).containsExactly(radiology(), archiveMember());
            assertThat(ws.previews().find(id, "/bukti/rujukan.csv", SampleReports.SHA_A, 0)).contains(radiology());
            assertThat(ws.previews().find(id, "/bukti/rujukan.csv", SampleReports.SHA_A, 1)).isEmpty();
            assertThat(ws.previews().find(id, "/bukti/rujukan.csv", SampleReports.SHA_B, 0)).isEmpty();
            List<AuditEntry> saved = ws.audit().entries(id).stream()
                    .filter(e -> e.action().equals(AuditActions.PREVIEW_SAVED)).toList();
            assertThat(saved).hasSize(2);
            assertThat(saved.get(0).detail()).contains("\"datasets\":1", "\"rows\":3", "\"previewSha256\":\"")
                    .doesNotContain(NIK, "Siti");
            assertThat(new WorkspaceVerifier(ws).verify().allHold()).isTrue();
        }
    }

    @Test
    void aNewAnalysisOfTheFileDropsTheOldPreviewUntilANewOneIsStored() {
        try (H2Workspace ws = H2Workspace.open(tmp)) {
            String id = ws.cases().create("Sampel ulang").id();
            ws.evidence().save(id, SampleReports.radiologyCsv("/bukti/rujukan.csv", SampleReports.SHA_A));
            ws.previews().save(id, List.of(radiology()));
            ws.evidence().save(id, SampleReports.radiologyCsv("/bukti/rujukan.csv", SampleReports.SHA_A));
            assertThat(ws.previews().list(id)).isEmpty();
            DatasetPreview again = new DatasetPreview("/bukti/rujukan.csv", SampleReports.SHA_A, 0, "rujukan_rsud_2023.csv",
                    List.of("NIK"), List.of(List.of("3171234567890003")));
            ws.previews().save(id, List.of(again));
            assertThat(ws.previews().list(id)).containsExactly(again);
        }
    }

    @Test
    void anEncryptedWorkspaceShowsNoPreviewValueOnDisk() throws IOException {
        char[] passphrase = "sambal terasi pedas".toCharArray();
        for (String name : List.of("plain", "sealed")) {
            WorkspaceOptions options = name.equals("plain") ? WorkspaceOptions.defaults()
                    : WorkspaceOptions.defaults().withPassphrase(passphrase.clone());
            try (H2Workspace ws = H2Workspace.open(tmp.resolve(name), options)) {
                String id = ws.cases().create("Sampel Dukcapil").id();
                ws.evidence().save(id, SampleReports.radiologyCsv("/bukti/rujukan.csv", SampleReports.SHA_A));
                ws.previews().save(id, List.of(radiology()));
            }
        }
        assertThat(readable(tmp.resolve("plain"), NIK)).as("unencrypted, the preview is on disk").isTrue();
        assertThat(readable(tmp.resolve("sealed"), NIK)).isFalse();
        try (H2Workspace ws = H2Workspace.open(tmp.resolve("sealed"), WorkspaceOptions.defaults().withPassphrase(passphrase))) {
            assertThat(ws.previews().list(ws.cases().list().get(0).id())).containsExactly(radiology());
        }
    }

    private static boolean readable(Path folder, String value) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                if (new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(value)) {
                    return true;
                }
            }
        }
        return false;
    }
}
