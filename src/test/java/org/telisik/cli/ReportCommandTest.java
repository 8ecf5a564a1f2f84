package org.telisik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.testdata.RadiologyCsv;
import picocli.CommandLine;

/** {@code telisik report} end to end: a generated sample analysed into a workspace, then reported. */
class ReportCommandTest {
    @TempDir
    Path dir;
    private Path csv;

    record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void analyseASample() throws Exception {
        csv = dir.resolve("rujukan.csv");
        RadiologyCsv.write(csv, 60, 7);
        Run r = run(new TelisikCommand(), "analyze", "--workspace", ws(), "--case", "Kasus RSUD", csv.toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void writesAMaskedHtmlReportByDefault() throws Exception {
        Path out = dir.resolve("laporan.html");
        Run r = report("--case", "Kasus RSUD", "--out", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote html report");
        String html = Files.readString(out);
        assertThat(html).contains("<html", "Laporan Analisis Sampel Kebocoran Data", "rujukan.csv", "RAHASIA");
        for (String nik : niksOf(csv)) {
            assertThat(html).doesNotContain(nik);
        }
        assertThat(dir).isDirectoryNotContaining("glob:**.part");
    }

    @Test
    void formatFollowsTheExtensionAndUnmaskIsExplicit() throws Exception {
        Path out = dir.resolve("laporan.pdf");
        Run r = report("--case", "Kasus RSUD", "--out", out.toString(), "--lang", "en", "--unmask", "--banner", "TERBATAS");
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("wrote pdf report", "(UNMASKED)");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("TERBATAS", "UNMASKED", "Data Leak Sample Analysis Report");
        }
        Path csvOut = dir.resolve("kolom.txt");
        assertThat(report("--case", "Kasus RSUD", "--out", csvOut.toString(), "--format", "csv").exit()).isZero();
        assertThat(Files.readString(csvOut, StandardCharsets.UTF_8)).contains("\"semantic_type\"", "\"nik\"");
    }

    @Test
    void unknownCaseAndBadOptionsAreClearErrors() {
        Run missing = report("--case", "tidak-ada", "--out", dir.resolve("x.html").toString());
        assertThat(missing.exit()).isEqualTo(4);
        assertThat(missing.err()).contains("no case 'tidak-ada'");
        Run format = report("--case", "Kasus RSUD", "--out", dir.resolve("x.doc").toString(), "--format", "docx");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("use html, pdf, json or csv");
        Run lang = report("--case", "Kasus RSUD", "--out", dir.resolve("x.html").toString(), "--lang", "jv");
        assertThat(lang.exit()).isEqualTo(2);
        Run folder = report("--case", "Kasus RSUD", "--out", dir.resolve("no/such/folder/x.html").toString());
        assertThat(folder.exit()).isEqualTo(5);
        assertThat(folder.err()).contains("cannot write the report");
    }

    private Run report(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", ws()));
        return run(new ReportCommand(), all.toArray(String[]::new));
    }

    private String ws() {
        return dir.resolve("ws").toString();
    }

    private static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private static List<String> niksOf(Path csv) throws Exception {
        List<String> niks = new ArrayList<>();
        Matcher m = Pattern.compile("\\b\\d{16}\\b").matcher(Files.readString(csv));
        while (m.find()) {
            niks.add(m.group());
        }
        assertThat(niks).isNotEmpty();
        return niks;
    }
}
