package org.telisik.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.security.MessageDigest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;
import org.telisik.testdata.RadiologyCsv;

/** The walking skeleton end to end in the engine: hash, detect, read a messy CSV, profile, mask. */
class CsvProfilingTest {
    @TempDir
    Path dir;

    private FileReport analyze(Path file) {
        return new Analyzer(Analyzer.AnalysisOptions.defaults())
                .analyzeFiles(List.of(file), ProgressListener.NONE, () -> false).get(0);
    }

    @Test
    void profilesARadiologyExport() throws Exception {
        Path csv = dir.resolve("radiologi.csv");
        RadiologyCsv.write(csv, 300, 42);
        byte[] bytes = Files.readAllBytes(csv);

        FileReport report = analyze(csv);

        assertThat(report.error()).isNull();
        assertThat(report.mediaType()).isEqualTo("text/csv");
        assertThat(report.encoding()).isEqualTo("UTF-8");
        assertThat(report.sizeBytes()).isEqualTo(bytes.length);
        assertThat(report.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
        assertThat(report.md5()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("MD5").digest(bytes)));
        DatasetProfile d = report.datasets().get(0);
        assertThat(d.rows()).isEqualTo(300);
        assertThat(d.complete()).isTrue();
        assertThat(d.dialect().delimiter()).isEqualTo(',');
        assertThat(d.dialect().header()).isTrue();
        assertThat(d.columns()).extracting(ColumnProfile::name).containsExactlyElementsOf(RadiologyCsv.HEADER);
        ColumnProfile nik = d.columns().get(1);
        assertThat(nik.semanticType()).isEqualTo(SemanticType.NIK);
        assertThat(nik.validity().valid()).isEqualTo(300);
        assertThat(nik.examples()).allMatch(e -> e.matches("\\d{4}\\*{8}\\d{4}"));
        assertThat(d.columns().get(0).semanticType()).isEqualTo(SemanticType.MRN);
    }

    @Test
    void semicolonWithoutHeaderAndAnEmptyColumn() throws IOException {
        Path csv = dir.resolve("export.txt");
        Files.writeString(csv, """
                3276055708900002;Siti Wulandari;;12
                3204110609970001;Budi Santoso;;7
                3171011708450001;Agus Hidayat;;3
                """, StandardCharsets.UTF_8);

        DatasetProfile d = analyze(csv).datasets().get(0);

        assertThat(d.dialect().delimiter()).isEqualTo(';');
        assertThat(d.dialect().header()).isFalse();
        assertThat(d.rows()).isEqualTo(3);
        assertThat(d.columns()).extracting(ColumnProfile::name).containsExactly("col_1", "col_2", "col_3", "col_4");
        assertThat(d.columns()).extracting(ColumnProfile::semanticType)
                .containsExactly(SemanticType.NIK, SemanticType.PERSON_NAME, SemanticType.EMPTY, SemanticType.NUMBER);
    }

    @Test
    void randomSixteenDigitNumbersAreNotCalledNik() throws IOException {
        StringBuilder sb = new StringBuilder("kode\n");
        java.util.Random r = new java.util.Random(7);
        for (int i = 0; i < 100; i++) {
            sb.append(String.format("99%014d%n", Math.abs(r.nextLong()) % 100_000_000_000_000L));
        }
        Path csv = dir.resolve("kode.csv");
        Files.writeString(csv, sb);
        assertThat(analyze(csv).datasets().get(0).columns().get(0).semanticType()).isEqualTo(SemanticType.NUMBER);
    }

    @Test
    void nikHeadedColumnOfRandomNumbersKeepsTypeWithLowValidity() throws IOException {
        StringBuilder sb = new StringBuilder("nik\n");
        for (int i = 0; i < 50; i++) {
            sb.append(String.format("99%014d%n", i * 7919L));
        }
        Path csv = dir.resolve("nik.csv");
        Files.writeString(csv, sb);
        ColumnProfile c = analyze(csv).datasets().get(0).columns().get(0);
        assertThat(c.semanticType()).isEqualTo(SemanticType.NIK);
        assertThat(c.validity().rate()).isZero();
    }

    @Test
    void missingFileIsAnErrorNotAnException() {
        FileReport r = analyze(dir.resolve("tidak-ada.csv"));
        assertThat(r.error().code().id()).isEqualTo("file-not-found");
        assertThat(r.error().message()).contains("tidak-ada.csv");
    }

    @Test
    void originalIsNeverModified() throws Exception {
        Path csv = dir.resolve("radiologi.csv");
        RadiologyCsv.write(csv, 20, 1);
        var before = Files.getLastModifiedTime(csv);
        byte[] content = Files.readAllBytes(csv);
        analyze(csv);
        assertThat(Files.readAllBytes(csv)).isEqualTo(content);
        assertThat(Files.getLastModifiedTime(csv)).isEqualTo(before);
    }
}
