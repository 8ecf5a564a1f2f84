package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.DatasetPreview;
import org.telisik.core.model.FileReport;
import org.telisik.testdata.PopulationCsv;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.workspace.AuditEntry;
import org.telisik.workspace.AuditLog;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.Workspace;

/** The first rows of each dataset are captured in the analysis' single read, stored, and handed out masked. */
class CaseAnalysisServicePreviewTest {
    @TempDir
    Path tmp;

    private static List<List<String>> firstRecords(Path csv, int n) throws IOException {
        try (Reader r = Files.newBufferedReader(csv); CSVReader reader = new CSVReader(r)) {
            reader.readNext(); // header
            List<List<String>> rows = new ArrayList<>();
            String[] next;
            while (rows.size() < n && (next = reader.readNext()) != null) {
                rows.add(Arrays.asList(next));
            }
            return rows;
        } catch (com.opencsv.exceptions.CsvValidationException e) {
            throw new IOException(e);
        }
    }

    private Path zip(Path population, Path radiology) throws IOException {
        Path zip = tmp.resolve("dump_rsud.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            for (Path p : List.of(population, radiology)) {
                out.putNextEntry(new ZipEntry("export/" + p.getFileName()));
                Files.copy(p, (OutputStream) out);
                out.closeEntry();
            }
        }
        return zip;
    }

    @Test
    void everyDatasetKeepsItsFirstRowsAsReadAndIsShownMasked() throws IOException {
        Path radiology = tmp.resolve("radiologi.csv");
        RadiologyCsv.write(radiology, 2_500, 5); // more rows than one batch: the samplers' own thread takes them
        Path population = tmp.resolve("penduduk.csv");
        PopulationCsv.write(population, 60, 9, ',');
        Path zip = zip(population, radiology);
        try (Workspace ws = H2Workspace.open(tmp.resolve("ws"))) {
            CaseAnalysisService service = new CaseAnalysisService(ws, new Analyzer.AnalysisOptions(LocalDate.of(2025, 6, 1), false));
            service.analyze("Kebocoran RSUD", List.of(radiology, zip), ProgressListener.NONE, () -> false);
            CaseRecord record = ws.cases().findByName("Kebocoran RSUD").orElseThrow();

            List<DatasetPreview> stored = ws.previews().list(record.id());
            assertThat(stored).extracting(DatasetPreview::filePath).containsExactly(radiology.toString(),
                    zip + "!/export/penduduk.csv", zip + "!/export/radiologi.csv");
            assertThat(stored.get(0).rows()).isEqualTo(firstRecords(radiology, 20));
            assertThat(stored.get(0).columns()).isEqualTo(RadiologyCsv.HEADER);
            assertThat(stored.get(1).rows()).isEqualTo(firstRecords(population, 20));
            assertThat(stored.get(2).rows()).isEqualTo(stored.get(0).rows());

            FileReport file = service.files(record.id()).get(0);
            DatasetPreview shown = service.preview(record.id(), file, 0).orElseThrow();
            assertThat(shown.rows()).hasSize(20);
            int nik = RadiologyCsv.HEADER.indexOf("nik");
            assertThat(shown.rows()).allSatisfy(row -> assertThat(row.get(nik)).matches("\\d{4}\\*{8}\\d{4}"));
            String everything = shown.rows().toString();
            for (List<String> raw : stored.get(0).rows()) {
                assertThat(everything).doesNotContain(raw.get(nik), raw.get(RadiologyCsv.HEADER.indexOf("nama_pasien")),
                        raw.get(RadiologyCsv.HEADER.indexOf("no_hp")));
            }
            assertThat(shown.rows().get(0).get(RadiologyCsv.HEADER.indexOf("pemeriksaan")))
                    .isEqualTo(stored.get(0).rows().get(0).get(RadiologyCsv.HEADER.indexOf("pemeriksaan")));
            assertThat(ws.audit().entries(record.id())).extracting(AuditEntry::action).doesNotContain(AuditLog.UNMASK);
        }
    }

    @Test
    void anUnmaskingServiceShowsThePreviewInFullAndAuditsIt() throws IOException {
        Path radiology = tmp.resolve("radiologi.csv");
        RadiologyCsv.write(radiology, 30, 8);
        try (Workspace ws = H2Workspace.open(tmp.resolve("ws"))) {
            new CaseAnalysisService(ws, Analyzer.AnalysisOptions.defaults())
                    .analyze("Sampel", List.of(radiology), ProgressListener.NONE, () -> false);
            CaseRecord record = ws.cases().findByName("Sampel").orElseThrow();
            CaseAnalysisService unmasking = new CaseAnalysisService(ws, new Analyzer.AnalysisOptions(LocalDate.now(), true));
            FileReport file = unmasking.files(record.id()).get(0);
            assertThat(unmasking.preview(record.id(), file, 0).orElseThrow().rows()).isEqualTo(firstRecords(radiology, 20));
            assertThat(ws.audit().entries(record.id())).filteredOn(e -> e.action().equals(AuditLog.UNMASK))
                    .extracting(AuditEntry::detail).containsExactly("{\"by\":\"analysis output\",\"files\":1}",
                            "{\"by\":\"dataset preview\",\"files\":1}");
        }
    }

    @Test
    void eachTableOfASqlDumpGetsItsOwnPreviewWithMissingValuesKept() throws IOException {
        Path dump = tmp.resolve("simrs_mysqldump.sql");
        try (var in = getClass().getResourceAsStream("/formats/own/simrs_mysqldump.sql")) {
            Files.copy(in, dump);
        }
        try (Workspace ws = H2Workspace.open(tmp.resolve("ws"))) {
            CaseAnalysisService service = new CaseAnalysisService(ws, Analyzer.AnalysisOptions.defaults());
            service.analyze("SIMRS", List.of(dump), ProgressListener.NONE, () -> false);
            CaseRecord record = ws.cases().findByName("SIMRS").orElseThrow();
            FileReport file = service.files(record.id()).get(0);
            int pasien = file.datasets().stream().map(d -> d.name()).toList().indexOf("pasien");
            assertThat(pasien).isNotNegative();
            DatasetPreview raw = ws.previews().find(record.id(), dump.toString(), file.sha256(), pasien).orElseThrow();
            assertThat(raw.datasetName()).isEqualTo("pasien");
            assertThat(raw.rows()).hasSize(4);
            assertThat(raw.rows().get(0).get(1)).isEqualTo("3273014509850001");
            assertThat(raw.rows().get(3).get(1)).isNull();
            assertThat(ws.previews().list(record.id())).extracting(DatasetPreview::datasetName)
                    .containsExactlyElementsOf(file.datasets().stream().map(d -> d.name()).toList());
            DatasetPreview shown = service.preview(record.id(), file, pasien).orElseThrow();
            assertThat(shown.rows().get(0).get(1)).isEqualTo("3273********0001");
            assertThat(shown.rows().get(3).get(1)).isNull();
        }
    }
}
