package org.telisik.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.telisik.core.model.Annotation;
import org.telisik.core.model.AnnotationTarget;
import org.telisik.core.model.CaseRecord;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.workspace.AuditEntry;
import org.telisik.workspace.AuditLog;
import org.telisik.workspace.H2Workspace;

/** {@code telisik report} end to end: a generated sample analysed into a workspace, then reported. */
class ReportCommandTest {
    @TempDir
    Path dir;
    private Path csv;


    @BeforeEach
    void analyseASample() throws Exception {
        csv = dir.resolve("rujukan.csv");
        RadiologyCsv.write(csv, 60, 7);
        CliRun r = CliRun.of(new TelisikCommand(), "analyze", "--workspace", ws(), "--case", "Kasus RSUD", csv.toString());
        assertThat(r.exit()).as(r.err()).isZero();
    }

    @Test
    void writesAMaskedHtmlReportByDefault() throws Exception {
        Path out = dir.resolve("laporan.html");
        CliRun r = report("--case", "Kasus RSUD", "--out", out.toString());
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
        CliRun r = report("--case", "Kasus RSUD", "--out", out.toString(), "--lang", "en", "--unmask", "--banner", "TERBATAS");
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
    void reportCarriesCaseDetailsNotesAuditVerificationAndIsAudited() throws Exception {
        try (H2Workspace ws = H2Workspace.open(Path.of(ws()))) {
            CaseRecord c = ws.cases().findByName("Kasus RSUD").orElseThrow();
            ws.cases().updateDetails(c.id(), "LP/B/77/XI/2026", "Rina Kartika", "Sampel dari forum.");
            ws.annotations().add(c.id(), Annotation.Kind.TAG, AnnotationTarget.file(csv.toString()), "radiologi");
            ws.annotations().add(c.id(), Annotation.Kind.NOTE, AnnotationTarget.column(csv.toString(), "rujukan.csv", "nik"),
                    "NIK cocok dengan pola Jawa Barat.");
        }
        Path out = dir.resolve("laporan.html");
        CliRun r = report("--case", "Kasus RSUD", "--out", out.toString(), "--lang", "en", "--unmask");
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(out);
        assertThat(html).contains("LP/B/77/XI/2026", "Rina Kartika", "Sampel dari forum.", "radiologi",
                "NIK cocok dengan pola Jawa Barat.", "rujukan.csv \u203a nik", "analysis-finished",
                "Newest entry of the whole audit log", "[HOLDS] case Kasus RSUD:", "verify-ok",
                "The workspace holds no earlier case to compare with.");
        assertThat(niksOf(csv)).as("--unmask shows the stored values").anyMatch(html::contains);
        String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(out)));
        try (H2Workspace ws = H2Workspace.open(Path.of(ws()))) {
            List<AuditEntry> entries = ws.audit().entries();
            AuditEntry last = entries.get(entries.size() - 1);
            assertThat(last.action()).isEqualTo(AuditLog.REPORT_EXPORTED);
            assertThat(last.detail()).contains(sha, "\"masked\":false");
            assertThat(entries).extracting(AuditEntry::action).contains(AuditLog.UNMASK);
        }
        // the head the report printed is an anchor the log still holds, and verify --anchor says so
        java.util.regex.Matcher head = java.util.regex.Pattern.compile("Newest entry of the whole audit log: #(\\d+), hash"
                + " ([0-9a-f]{64})").matcher(html);
        assertThat(head.find()).as("the report prints the audit head it was made at").isTrue();
        CliRun anchored = CliRun.of(new VerifyCommand(), "--workspace", ws(), "--anchor", head.group(2));
        assertThat(anchored.exit()).as(anchored.out()).isZero();
        assertThat(anchored.out()).contains("HOLDS       audit-anchor  anchor " + head.group(2)
                + ": the log still holds this entry (" + head.group(1) + ",");
        CliRun skipped = report("--case", "Kasus RSUD", "--out", out.toString(), "--skip-verify", "--lang", "en");
        assertThat(skipped.exit()).isZero();
        assertThat(Files.readString(out)).contains("No verification result is available.", "report-exported");
    }

    @Test
    void unknownCaseAndBadOptionsAreClearErrors() {
        CliRun missing = report("--case", "tidak-ada", "--out", dir.resolve("x.html").toString());
        assertThat(missing.exit()).isEqualTo(4);
        assertThat(missing.err()).contains("no case 'tidak-ada'");
        CliRun format = report("--case", "Kasus RSUD", "--out", dir.resolve("x.doc").toString(), "--format", "docx");
        assertThat(format.exit()).isEqualTo(2);
        assertThat(format.err()).contains("use html, pdf, json or csv");
        CliRun lang = report("--case", "Kasus RSUD", "--out", dir.resolve("x.html").toString(), "--lang", "jv");
        assertThat(lang.exit()).isEqualTo(2);
        CliRun folder = report("--case", "Kasus RSUD", "--out", dir.resolve("no/such/folder/x.html").toString());
        assertThat(folder.exit()).isEqualTo(5);
        assertThat(folder.err()).contains("cannot write the report");
    }

    private CliRun report(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--workspace", ws()));
        return CliRun.of(new ReportCommand(), all.toArray(String[]::new));
    }

    @Test
    void anIndonesianReportSaysTheWorkspaceVerificationInIndonesian() throws Exception {
        Path other = dir.resolve("susulan.csv");   // a second file that stays as it was imported
        RadiologyCsv.write(other, 20, 9);
        Path gone = dir.resolve("dipindah.csv");   // and one whose original was moved away after import
        RadiologyCsv.write(gone, 15, 11);
        assertThat(CliRun.of(new TelisikCommand(), "analyze", "--workspace", ws(), "--case", "Kasus RSUD", other.toString(),
                gone.toString()).exit()).isZero();
        Files.delete(gone);
        Files.writeString(csv, "3273010101900001;Budi Santoso\n", StandardCharsets.UTF_8,
                java.nio.file.StandardOpenOption.APPEND);   // the original changed after import
        Files.delete(dir.resolve("ws").resolve("audit-head.txt"));   // the head file kept outside the database, gone
        Path out = dir.resolve("laporan-id.html");
        CliRun r = report("--case", "Kasus RSUD", "--out", out.toString(), "--lang", "id");
        assertThat(r.exit()).as(r.err()).isZero();
        String html = Files.readString(out, StandardCharsets.UTF_8);
        int from = html.indexOf("class=\"verify-fail\"");
        assertThat(from).as("the verification failed and says so").isPositive();
        String verification = html.substring(from, html.indexOf("</ul>", from));
        assertThat(verification).contains("[UTUH] kasus Kasus RSUD:", "[TIDAK UTUH] kasus Kasus RSUD:",
                "[TIDAK UTUH] log audit: berkas kepala audit-head.txt", "berubah sejak diimpor: SHA-256",
                "tidak berubah", "[TIDAK DIPERIKSA] kasus Kasus RSUD:",
                "berkas asli tidak lagi berada di", "keaslian: sama dengan", "baris pratinjau tersamar");
        assertThat(org.telisik.report.OneLanguageReportTest.englishSentences(verification))
                .as("English in the verification lines of the Indonesian report").isEmpty();
        // the English report of the same workspace lists the same checks, in the words telisik verify prints
        Path en = dir.resolve("laporan-en.html");
        assertThat(report("--case", "Kasus RSUD", "--out", en.toString(), "--lang", "en").exit()).isZero();
        String english = Files.readString(en, StandardCharsets.UTF_8);
        int enFrom = english.indexOf("class=\"verify-fail\"");
        String enVerification = english.substring(enFrom, english.indexOf("</ul>", enFrom));
        assertThat(enVerification.split("<li>")).hasSameSizeAs(verification.split("<li>"));
        assertThat(enVerification).contains("[BROKEN] audit log: the head file audit-head.txt was kept by this workspace",
                "[NOT_CHECKED] case Kasus RSUD: ", ": the original is no longer at ");
    }

    private String ws() {
        return dir.resolve("ws").toString();
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
