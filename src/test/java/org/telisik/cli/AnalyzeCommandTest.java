package org.telisik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.testdata.RadiologyCsv;
import picocli.CommandLine;

/** {@code telisik analyze} end to end: generated CSV in, analysis JSON (contract v1) out, workspace written. */
class AnalyzeCommandTest {
    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new TelisikCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private String[] analyze(String... rest) {
        List<String> args = new ArrayList<>(List.of("analyze", "--workspace", dir.resolve("ws").toString()));
        args.addAll(List.of(rest));
        return args.toArray(String[]::new);
    }

    @Test
    void writesTheContractJsonWithMaskedExamples() throws Exception {
        Path csv = dir.resolve("pasien.csv");
        RadiologyCsv.write(csv, 120, 11);
        Path json = dir.resolve("out.json");

        Run r = run(analyze("--case", "Kemenkes 2022", "--json", json.toString(), csv.toString()));

        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode doc = new ObjectMapper().readTree(json.toFile());
        assertThat(doc.fieldNames()).toIterable()
                .contains("schemaVersion", "tool", "case", "files", "combined", "estimate", "authenticity");
        assertThat(doc.get("schemaVersion").asInt()).isEqualTo(1);
        assertThat(doc.at("/tool/name").asText()).isEqualTo("telisik");
        assertThat(doc.at("/case/name").asText()).isEqualTo("Kemenkes 2022");
        assertThat(doc.get("estimate").isNull()).isTrue();
        assertThat(doc.at("/authenticity/verdict").asText()).isIn("insufficient_data", "consistent", "suspicious",
                "likely_fabricated");
        JsonNode file = doc.at("/files/0");
        assertThat(file.get("path").asText()).isEqualTo(csv.toString());
        assertThat(file.get("sha256").asText()).hasSize(64);
        assertThat(file.get("md5").asText()).hasSize(32);
        assertThat(file.get("error").isNull()).isTrue();
        JsonNode dataset = file.at("/datasets/0");
        assertThat(dataset.get("rows").asLong()).isEqualTo(120);
        assertThat(dataset.at("/dialect/delimiter").asText()).isEqualTo(",");
        JsonNode nik = dataset.at("/columns/1");
        assertThat(nik.get("name").asText()).isEqualTo("nik");
        assertThat(nik.get("semanticType").asText()).isEqualTo("nik");
        assertThat(nik.at("/validity/valid").asLong()).isEqualTo(120);
        String raw = Files.readString(csv);
        for (JsonNode example : nik.get("examples")) {
            assertThat(example.asText()).matches("\\d{4}\\*{8}\\d{4}");
        }
        // no NIK of the sample appears unmasked anywhere in the document
        String text = Files.readString(json);
        raw.lines().skip(1).limit(120).map(l -> l.split(",")[1]).filter(s -> s.matches("\\d{16}"))
                .forEach(n -> assertThat(text).doesNotContain(n));
    }

    @Test
    void jsonToStandardOutputIsTheOnlyOutput() throws Exception {
        Path csv = dir.resolve("a.csv");
        RadiologyCsv.write(csv, 10, 2);
        PrintStream original = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Run r;
        try {
            r = run(analyze("--json", "-", csv.toString()));
        } finally {
            System.setOut(original);
        }
        assertThat(r.exit()).isZero();
        assertThat(r.out()).isEmpty();
        JsonNode doc = new ObjectMapper().readTree(captured.toByteArray());
        assertThat(doc.at("/files/0/datasets/0/rows").asLong()).isEqualTo(10);
    }

    @Test
    void folderExpandsSortedAndABadFileGivesExitOneWhileOthersAreAnalysed() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("sampel"));
        RadiologyCsv.write(folder.resolve("b_part2.csv"), 15, 3);
        RadiologyCsv.write(folder.resolve("a_part1.csv"), 25, 4);
        Path json = dir.resolve("out.json");

        Run r = run(analyze("--json", json.toString(), folder.toString(), dir.resolve("hilang.csv").toString()));

        assertThat(r.exit()).isEqualTo(1);
        assertThat(r.err()).contains("hilang.csv").contains("file-not-found");
        JsonNode files = new ObjectMapper().readTree(json.toFile()).get("files");
        assertThat(files).hasSize(3);
        assertThat(files.get(0).get("path").asText()).endsWith("a_part1.csv");
        assertThat(files.get(0).at("/datasets/0/rows").asLong()).isEqualTo(25);
        assertThat(files.get(1).get("path").asText()).endsWith("b_part2.csv");
        assertThat(files.get(2).at("/error/code").asText()).isEqualTo("file-not-found");
    }

    @Test
    void invalidUtf8GivesAnIncompleteDatasetWithItsErrorInTheJson() throws Exception {
        Path csv = dir.resolve("rujukan.csv");
        RadiologyCsv.write(csv, 2000, 7);
        byte[] good = Files.readAllBytes(csv);
        byte[] bad = new byte[good.length + 3];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xC3; // a lead byte followed by ASCII is no UTF-8
        bad[good.length + 1] = 'x';
        bad[good.length + 2] = '\n';
        Files.write(csv, bad);
        Path json = dir.resolve("out.json");

        Run r = run(analyze("--json", json.toString(), csv.toString()));

        assertThat(r.exit()).as(r.err() + Files.readString(json)).isEqualTo(1);
        JsonNode file = new ObjectMapper().readTree(json.toFile()).at("/files/0");
        assertThat(file.at("/error/code").asText()).isEqualTo("invalid-encoding");
        assertThat(file.at("/error/message").asText()).contains("rujukan.csv", "byte offset " + good.length);
        assertThat(file.at("/datasets/0/rows").asLong()).isEqualTo(2000);
        assertThat(file.at("/datasets/0/complete").asBoolean()).isFalse();
    }

    @Test
    void rerunningTheSameAnalysisDoesNotDuplicateEvidence() throws Exception {
        Path csv = dir.resolve("pasien.csv");
        RadiologyCsv.write(csv, 30, 5);
        assertThat(run(analyze("--case", "c1", csv.toString())).exit()).isZero();
        assertThat(run(analyze("--case", "c1", csv.toString())).exit()).isZero();
        try (var ws = org.telisik.workspace.H2Workspace.open(dir.resolve("ws"))) {
            String id = ws.cases().findByName("c1").orElseThrow().id();
            assertThat(ws.evidence().list(id)).hasSize(1);
            assertThat(ws.evidence().list(id).get(0).datasets().get(0).rows()).isEqualTo(30);
        }
    }

    @Test
    void unmaskShowsValuesInFullAndIsWrittenToTheAuditTrail() throws Exception {
        Path csv = dir.resolve("pasien.csv");
        RadiologyCsv.write(csv, 20, 8);
        String firstNik = Files.readAllLines(csv).get(1).split(",")[1];
        Path masked = dir.resolve("masked.json");
        Path unmasked = dir.resolve("unmasked.json");

        assertThat(run(analyze("--case", "c2", "--json", masked.toString(), csv.toString())).exit()).isZero();
        assertThat(run(analyze("--case", "c2", "--unmask", "--json", unmasked.toString(), csv.toString())).exit()).isZero();

        assertThat(Files.readString(masked)).doesNotContain(firstNik);
        assertThat(Files.readString(unmasked)).contains(firstNik);
        try (var ws = org.telisik.workspace.H2Workspace.open(dir.resolve("ws"))) {
            String id = ws.cases().findByName("c2").orElseThrow().id();
            assertThat(ws.audit().entries(id)).extracting(e -> e.action())
                    .containsOnlyOnce(org.telisik.workspace.AuditLog.UNMASK);
        }
    }

    @Test
    void badUsageExitsWithTwo() {
        assertThat(run("analyze").exit()).isEqualTo(2);
        assertThat(run("analyze", "--no-such-option", "x").exit()).isEqualTo(2);
        assertThat(run().exit()).isEqualTo(2);
    }

    @Test
    void versionAndHelp() {
        Run v = run("--version");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).contains("telisik").contains("commit").contains("runtime");
        Run h = run("analyze", "--help");
        assertThat(h.out()).contains("--workspace").contains("--claim").contains("--json");
    }
}
