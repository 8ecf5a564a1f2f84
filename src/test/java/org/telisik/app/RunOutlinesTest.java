package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.telisik.core.model.FileReport;
import org.telisik.testdata.PopulationCsv;
import org.telisik.workspace.H2Workspace;

/**
 * A run's outlines say of each file what its stored report says, shown alike: a summary line per file made from the
 * outlines (the command line's) is the line the files read back from the workspace give, masked or not. Person
 * names of the sample and NIKs sit in file names and archive members, where the masking must find them too.
 */
class RunOutlinesTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 1);
    @TempDir
    Path tmp;

    @Test
    void theOutlinesGiveTheLinesTheStoredFilesGiveMaskedOrNot() throws Exception {
        Path sent = PopulationCsv.writeParts(tmp.resolve("kiriman"), 3, 15);
        String person = Files.readAllLines(sent.resolve("penduduk_part01.csv")).get(1).split(",")[2];
        String nik = Files.readAllLines(sent.resolve("penduduk_part02.csv")).get(3).split(",")[0];
        PopulationCsv.write(sent.resolve("surat " + person + ".csv"), 8, 1, ';');
        PopulationCsv.write(sent.resolve("ktp_" + nik + ".csv"), 4, 2, ',');
        Path member = tmp.resolve("member.csv");
        PopulationCsv.write(member, 6, 3, ',');
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(sent.resolve("lampiran.zip")))) {
            for (String name : List.of("pasien/" + person + ".csv", "pasien/kk_" + nik + ".csv")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(Files.readAllBytes(member));
                zip.closeEntry();
            }
        }
        Files.write(sent.resolve("rusak " + nik + ".xlsx"), new byte[] {'P', 'K', 3, 4, 0, 0, 9});
        List<Path> given = List.of(sent, tmp.resolve("hilang_" + nik + ".csv"));

        try (H2Workspace ws = H2Workspace.open(tmp.resolve("ws"))) {
            for (boolean unmask : List.of(false, true)) {
                AnalysisRun run = new CaseAnalysisService(ws, new Analyzer.AnalysisOptions(DAY, unmask))
                        .run("kasus " + unmask, given, null, ProgressListener.NONE, () -> false);
                List<String> fromOutlines = lines(run.outlines());
                List<String> fromStored = lines(List.copyOf(run.analysis().files()));

                assertThat(fromOutlines).hasSize(10).isEqualTo(fromStored);
                assertThat(String.join("\n", fromOutlines)).contains("ERROR", "pasien/", "rows 15");
                if (unmask) {
                    assertThat(String.join("\n", fromOutlines)).contains(person, nik);
                } else {
                    assertThat(String.join("\n", fromOutlines)).doesNotContain(person, nik);
                }
            }
        }
    }

    /** What a summary shows of each file and member: path, type, size, datasets, rows, error. */
    private static List<String> lines(List<FileReport> files) {
        return files.stream().flatMap(f -> flatten(f).stream()).toList();
    }

    private static List<String> flatten(FileReport f) {
        String line = f.path() + " | " + f.mediaType() + " | " + f.sizeBytes() + " | " + f.datasets().size() + " | rows "
                + f.datasets().stream().mapToLong(d -> d.rows()).sum()
                + (f.error() == null ? "" : " | ERROR " + f.error().code() + " " + f.error().message());
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(line),
                f.entries().stream().flatMap(e -> flatten(e).stream())).toList();
    }
}
