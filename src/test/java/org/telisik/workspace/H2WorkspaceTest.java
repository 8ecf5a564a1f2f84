package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.FileReport;

class H2WorkspaceTest {
    @TempDir
    Path tmp;

    @Test
    void storedReportsComeBackEqualToWhatWasSavedInImportOrder() {
        Path folder = tmp.resolve("nested/workspace");
        List<FileReport> saved = List.of(SampleReports.radiologyCsv("/bukti/rujukan.csv", SampleReports.SHA_A),
                SampleReports.archive("/bukti/dump.zip"), SampleReports.missing("/bukti/hilang.csv"));
        String caseId;
        try (Workspace ws = H2Workspace.open(folder)) {
            caseId = ws.cases().create("Kebocoran RSUD 2024").id();
            saved.forEach(r -> ws.evidence().save(caseId, r));
            List<FileReport> listed = ws.evidence().list(caseId);
            assertThat(listed).isEqualTo(saved);
            // statistics keep the profiler's order: the desktop charts them in that order
            assertThat(listed.get(0).datasets().get(0).columns().get(0).stats().keySet())
                    .containsExactly("empty", "lengthMin", "lengthMax", "lengthMean");
        }
        assertThat(folder.resolve("telisik.mv.db")).isRegularFile();
        try (Workspace ws = H2Workspace.open(folder)) {
            assertThat(ws.evidence().list(caseId)).isEqualTo(saved);
        }
    }

    @Test
    void aRealAnalysisSurvivesTheRoundTrip() throws IOException {
        Path csv = tmp.resolve("pasien.csv");
        Files.writeString(csv, "nik;nama;modalitas\n"
                + "3204110609970001;Siti Wulandari;CR\n"
                + "3276055708900002;Budi Santoso;CT\n"
                + "3204114203850003;Dewi Lestari;CR\n"
                + ";Ahmad;MR\n", StandardCharsets.UTF_8);
        List<FileReport> reports = new Analyzer(new Analyzer.AnalysisOptions(LocalDate.of(2025, 1, 1), false))
                .analyzeFiles(List.of(csv), ProgressListener.NONE, () -> false);
        assertThat(reports.get(0).datasets()).isNotEmpty();
        try (Workspace ws = H2Workspace.open(tmp.resolve("ws"))) {
            String caseId = ws.cases().create("Sampel Telegram").id();
            ws.evidence().save(caseId, reports.get(0));
            assertThat(ws.evidence().list(caseId)).containsExactly(reports.get(0));
        }
    }

    @Test
    void savingTheSameFileAgainReplacesItAndKeepsItsPlace() {
        try (Workspace ws = H2Workspace.open(tmp)) {
            String caseId = ws.cases().findOrCreate("Kasus A").id();
            FileReport first = SampleReports.radiologyCsv("/bukti/a.csv", SampleReports.SHA_A);
            ws.evidence().save(caseId, first);
            ws.evidence().save(caseId, SampleReports.archive("/bukti/b.zip"));
            FileReport reanalysed = new FileReport(first.path(), first.sizeBytes(), first.sha256(), first.md5(),
                    first.mediaType(), "UTF-8", null, List.of(), List.of(), List.of());
            ws.evidence().save(caseId, first);
            ws.evidence().save(caseId, reanalysed);

            assertThat(ws.evidence().list(caseId)).containsExactly(reanalysed, SampleReports.archive("/bukti/b.zip"));
        }
    }

    @Test
    void aChangedFileAtTheSamePathIsNewEvidenceAndCasesStaySeparate() {
        try (Workspace ws = H2Workspace.open(tmp)) {
            String a = ws.cases().create("Kasus A").id();
            String b = ws.cases().create("Kasus B").id();
            ws.evidence().save(a, SampleReports.radiologyCsv("/bukti/a.csv", SampleReports.SHA_A));
            ws.evidence().save(a, SampleReports.radiologyCsv("/bukti/a.csv", SampleReports.SHA_B));
            ws.evidence().save(b, SampleReports.radiologyCsv("/bukti/a.csv", SampleReports.SHA_A));
            ws.evidence().save(b, SampleReports.missing("/bukti/x.csv"));
            ws.evidence().save(b, SampleReports.missing("/bukti/x.csv"));

            assertThat(ws.evidence().list(a)).extracting(FileReport::sha256).containsExactly(SampleReports.SHA_A, SampleReports.SHA_B);
            assertThat(ws.evidence().list(b)).extracting(FileReport::path).containsExactly("/bukti/a.csv", "/bukti/x.csv");
        }
    }

    @Test
    void casesHaveUniqueNamesAndAreListedNewestFirst() {
        try (Workspace ws = H2Workspace.open(tmp)) {
            CaseRecord older = ws.cases().create("Kasus Lama");
            CaseRecord newer = ws.cases().create("  Kasus Baru ");
            assertThat(newer.name()).isEqualTo("Kasus Baru");
            assertThat(ws.cases().findOrCreate("Kasus Lama")).isEqualTo(older);
            assertThat(ws.cases().findById(newer.id())).contains(newer);
            assertThat(ws.cases().findByName("tidak ada")).isEmpty();
            assertThat(ws.cases().list()).containsExactly(newer, older);
            assertThatThrownBy(() -> ws.cases().create("Kasus Lama"))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("already exists");
            assertThatThrownBy(() -> ws.evidence().save("no-such-case", SampleReports.missing("/x")))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("no case with id no-such-case");
        }
    }

    @Test
    void aFolderThatCannotBeCreatedGivesAClearMessage() throws IOException {
        Path file = Files.writeString(tmp.resolve("not-a-folder"), "x");
        assertThatThrownBy(() -> H2Workspace.open(file.resolve("ws")))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageContaining("Cannot create the workspace folder").hasMessageContaining("--workspace");
    }
}
