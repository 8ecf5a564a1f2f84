package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.CombinedMisfit;
import org.telisik.core.model.CombinedMisfit.Reason;
import org.telisik.testdata.PopulationCsv;
import org.telisik.testdata.RadiologyCsv;

/**
 * A seller's folder of parts as it really comes: most parts alike, one exported with semicolons by a spreadsheet
 * set to Indonesian, one with other columns, one as JSON, one cut off after its header, a screenshot and a
 * broken archive. The parts combine (the semicolon one too: it is read with its own delimiter); every other file
 * is named with the reason it was left out.
 */
class CombinedMisfitsTest {
    @TempDir
    Path dir;

    @Test
    void eachFileLeftOutOfTheCombinedSampleIsNamedWithItsReason() throws IOException {
        Path parts = PopulationCsv.writeParts(dir.resolve("dukcapil"), 3, 30);
        RadiologyCsv.write(parts.resolve("penduduk_part04.csv"), 20, 4);
        PopulationCsv.write(parts.resolve("penduduk_part05.csv"), 20, 5, ';');
        Files.writeString(parts.resolve("penduduk_part06.csv"), String.join(",", PopulationCsv.HEADER) + "\n");
        Files.writeString(parts.resolve("penduduk_part07.json"), "[{\"nik\": \"3204110101900001\", \"nama\": \"Siti Rahayu\"},"
                + " {\"nik\": \"3204114202850002\", \"nama\": \"Budi Santoso\"}]\n");
        Files.write(parts.resolve("bukti_transfer.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n',
                0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0});
        byte[] gz = gzip(String.join(",", PopulationCsv.HEADER) + "\n3204110101900001,3204110101090001,Siti\n");
        Files.write(parts.resolve("penduduk_part08.csv.gz"), java.util.Arrays.copyOf(gz, gz.length / 2));

        Analyzer.Run run = Analyses.run(List.of(parts));

        assertThat(run.combined()).singleElement().satisfies(d -> assertThat(d.files()).hasSize(4));
        assertThat(run.misfits()).extracting(m -> name(m.file()), CombinedMisfit::reason).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("penduduk_part04.csv", Reason.DIFFERENT_COLUMNS),
                org.assertj.core.groups.Tuple.tuple("penduduk_part07.json", Reason.DIFFERENT_FORMAT),
                org.assertj.core.groups.Tuple.tuple("penduduk_part06.csv", Reason.NO_RECORDS),
                org.assertj.core.groups.Tuple.tuple("bukti_transfer.png", Reason.NO_TABLE),
                org.assertj.core.groups.Tuple.tuple("penduduk_part08.csv.gz", Reason.UNREADABLE));
        CombinedMisfit columns = misfit(run, "penduduk_part04.csv");
        assertThat(columns.expected()).hasSize(CombinedMisfit.SHOWN).allSatisfy(c -> assertThat(PopulationCsv.HEADER).contains(c));
        assertThat(columns.found()).isNotEmpty().noneSatisfy(c -> assertThat(PopulationCsv.HEADER).contains(c));
        assertThat(misfit(run, "penduduk_part07.json")).satisfies(m -> {
            assertThat(m.expected()).containsExactly("csv");
            assertThat(m.found()).containsExactly("json");
        });
        assertThat(misfit(run, "bukti_transfer.png").found()).containsExactly("image/png");
        assertThat(misfit(run, "penduduk_part08.csv.gz").found()).singleElement().asString().isNotBlank();
    }

    @Test
    void aRunThatCombinedNothingHasNoMisfits() throws IOException {
        RadiologyCsv.write(dir.resolve("rujukan.csv"), 20, 1);
        PopulationCsv.write(dir.resolve("penduduk.csv"), 20, 2, ',');
        assertThat(Analyses.run(List.of(dir)).misfits()).isEmpty();
    }

    private static byte[] gzip(String text) throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream z = new java.util.zip.GZIPOutputStream(out)) {
            z.write(text.repeat(50).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static CombinedMisfit misfit(Analyzer.Run run, String name) {
        return run.misfits().stream().filter(m -> name(m.file()).equals(name)).findFirst().orElseThrow();
    }

    private static String name(String path) {
        return Path.of(path).getFileName().toString();
    }
}
