package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.identity.AnalysisMasking;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.PagedFiles;
import org.telisik.testdata.PopulationCsv;
import org.telisik.workspace.H2Workspace;

/**
 * An import no longer holds its files' reports: each is stored in its batch and the analysis hands them out read
 * back from the workspace a page at a time, masked page by page. What it hands out is what the reports held in
 * memory gave, masked or not: files over several pages, archive members, a file that failed and an empty one.
 */
class StreamedRunTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    @TempDir
    Path tmp;

    @Test
    void theFilesReadBackPageByPageAreTheReportsTheRunMade() throws Exception {
        Path parts = Files.createDirectories(tmp.resolve("kiriman"));
        for (int i = 0; i < 120; i++) {
            PopulationCsv.write(parts.resolve(String.format("penduduk_part%03d.csv", i)), 3 + i % 5, i, ',');
        }
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(parts.resolve("lampiran.zip")))) {
            for (String member : List.of("a/pasien_1.csv", "a/pasien_2.csv")) {
                zip.putNextEntry(new ZipEntry(member));
                Path one = tmp.resolve("member.csv");
                PopulationCsv.write(one, 12, member.length(), ';');
                zip.write(Files.readAllBytes(one));
                zip.closeEntry();
            }
        }
        Files.createFile(parts.resolve("kosong.csv"));
        Files.write(parts.resolve("rusak.csv"), new byte[] {(byte) 0xff, 0, 1, (byte) 0xfe, 0, 0, 7, 0});
        List<Path> given = List.of(parts, tmp.resolve("hilang.csv"));
        List<FileReport> inMemory = new Analyzer(new Analyzer.AnalysisOptions(DAY, true))
                .analyzeFiles(given, ProgressListener.NONE, () -> false);
        CaseAnalysis maskedInMemory = AnalysisMasking.of(new CaseAnalysis(null, inMemory, List.of(), null, null), false);

        try (H2Workspace ws = H2Workspace.open(tmp.resolve("ws"))) {
            CaseAnalysis unmasked = new CaseAnalysisService(ws, new Analyzer.AnalysisOptions(DAY, true))
                    .analyze("bagian", given, ProgressListener.NONE, () -> false);
            CaseAnalysis masked = new CaseAnalysisService(ws, new Analyzer.AnalysisOptions(DAY, false))
                    .analyze("bagian dua", given, ProgressListener.NONE, () -> false);

            assertThat(inMemory).hasSize(124);
            assertThat(inMemory.stream().filter(f -> f.error() != null)).hasSizeGreaterThanOrEqualTo(2);
            assertThat(unmasked.files()).isInstanceOf(PagedFiles.class).hasSize(124);
            assertThat(List.copyOf(unmasked.files())).isEqualTo(inMemory);
            assertThat(masked.files()).isInstanceOf(PagedFiles.class);
            assertThat(List.copyOf(masked.files())).isEqualTo(maskedInMemory.files());
            assertThat(masked.files().get(7).datasets().get(0).columns().get(2).examples())
                    .as("the names masked").allSatisfy(n -> assertThat(n).contains("*"));
            assertThat(masked.loaded().files()).isNotInstanceOf(PagedFiles.class).isEqualTo(maskedInMemory.files());
        }
    }
}
