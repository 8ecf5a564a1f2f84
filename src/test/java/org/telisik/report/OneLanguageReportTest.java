package org.telisik.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.authenticity.AuthenticityJudge;
import org.telisik.core.authenticity.RowSampler;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseInfo;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;
import org.telisik.testdata.KhanzaDump;
import org.telisik.testdata.PopulationCsv;

/**
 * An Indonesian report of real analyses holds no English sentence: check details (passing, failing and
 * skipped), column evidence, file errors, attribution and timeline. A sentence counts as English when it holds
 * two or more words of a list of English words that Indonesian never uses. Claim arithmetic is left out: its
 * sentences are being rewritten elsewhere (issue 22).
 */
public class OneLanguageReportTest {
    private static final Set<String> ENGLISH = Set.of("the", "of", "and", "with", "from", "than", "fewer", "rows", "values",
            "column", "columns", "sample", "matches", "match", "valid", "known", "between", "only", "not", "is", "are",
            "was", "were", "has", "have", "this", "that", "which", "none", "records", "record", "bytes", "per", "claimed",
            "about", "file", "files", "estimated", "names", "numbers", "birth", "dates", "would", "near", "serves", "its",
            "header", "structure", "sampled", "in", "to", "or", "for", "by", "at", "on", "as", "no", "share", "codes",
            "could", "read", "found", "there", "what", "after", "before", "look", "like");
    private static final Pattern TEXT = Pattern.compile(">([^<>]+)<");
    private static final Pattern WORD = Pattern.compile("[A-Za-z']+");

    @TempDir
    Path dir;

    @Test
    void anIndonesianReportOfRealAnalysesHasNoEnglishSentence() throws Exception {
        Path khanza = dir.resolve("sik.sql");
        KhanzaDump.write(khanza, 300, LocalDate.of(2021, 6, 1), LocalDate.of(2021, 12, 30), 2);
        Path people = dir.resolve("penduduk.csv");
        PopulationCsv.write(people, 800, 5, ';');
        Path tampered = dir.resolve("palsu.csv");
        List<String> lines = new ArrayList<>(Files.readAllLines(people));
        for (int i = 1; i < lines.size(); i++) {   // a fabricator's NIKs: random digits after a real province code
            String[] f = lines.get(i).split(";", -1);
            f[0] = "32" + String.format("%014d", (long) (Math.abs(Math.sin(i)) * 1e14));
            lines.set(i, String.join(";", f));
        }
        Files.write(tampered, lines);
        Path empty = Files.writeString(dir.resolve("kosong.csv"), "");
        Path binary = Files.write(dir.resolve("blob.bin"), new byte[] {0, 1, 2, (byte) 0xff, 0, 0x7f, 3, 9, 0, 0, 1});
        Path combo = Files.writeString(dir.resolve("combo.txt"), "budi.santoso@gmail.com:rahasia123\nsiti.w@yahoo.co.id:bismillah\n");

        for (List<Path> files : List.of(List.of(khanza, empty, binary, combo), List.of(tampered), List.of(people))) {
            String html = Exports.text(ReportFormat.HTML, ReportLanguage.ID, ReportInput.of(analysis(files), "0.1.0",
                    Instant.parse("2026-12-06T09:00:00Z")));
            assertThat(englishSentences(html)).as("English in the Indonesian report of " + files).isEmpty();
        }
    }

    /**
     * Every sentence shape the workspace verifier writes (org.telisik.workspace: AuditChainCheck, WorkspaceVerifier,
     * EvidenceChecks, CaseRecordChecks, PreviewChecks), as the report gets it: the Indonesian report says each one
     * in Indonesian, its outcome word and subject included, and keeps the hashes, numbers and paths.
     */
    @Test
    void everyVerificationSentenceIsSaidInIndonesian() {
        List<String> lines = List.of(
                "[HOLDS] audit log: 41 entries, each unchanged and linked to the one before; keyed with the passphrase from entry 7",
                "[HOLDS] audit log: 3 entries, each unchanged and linked to the one before; all keyed with the passphrase",
                "[BROKEN] audit log: entries 4 to 6 are missing: they were deleted",
                "[BROKEN] audit log: entry 9 appears out of order after entry 12",
                "[BROKEN] audit log: entry 8 does not link to entry 7: one of them was replaced",
                "[BROKEN] audit log: entry 5 (analysis-finished) was changed after it was written: its content no longer matches its hash",
                "[BROKEN] audit log: the head file audit-head.txt was kept by this workspace but is missing or unreadable: it was deleted or damaged, so entries may have been cut off the end of the log; check the log against the audit head printed in your reports (verify --anchor)",
                "[HOLDS] audit log: the log is empty and no entry was ever recorded",
                "[NOT_CHECKED] audit log: the head file audit-head.txt is missing, so entries cut off the end of the log could not be detected",
                "[BROKEN] audit log: entry 30 was recorded but the log ends at entry 28: entries were deleted from its end",
                "[BROKEN] audit log: entry 30 is not the entry recorded in audit-head.txt: the log was rewritten",
                "[HOLDS] audit log: the log reaches entry 30, the newest recorded outside the database",
                "[HOLDS] anchor 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08: the log still holds this entry (12, report-exported at 2026-12-06T09:00:00Z) and 3 after it",
                "[BROKEN] anchor (not an audit hash): no entry of the log has this hash: the entry a report or export was made at is gone, so the log was cut back or rewritten after it (or the anchor comes from another workspace)",
                "[BROKEN] case 0c1d: the case created at audit entry 2 is no longer in the workspace: it was deleted",
                "[BROKEN] case Kasus RSUD: /data/rujukan.csv (sha256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08): the file recorded at audit entry 3 is no longer stored in the case: it was deleted",
                "[BROKEN] case Kasus RSUD: /data/x.csv (sha256 none): the file recorded at audit entry 3 is no longer stored in the case: it was deleted",
                "[BROKEN] case Kasus RSUD: /data/rujukan.csv: no audit entry records this file: it was added outside Telisik",
                "[BROKEN] case Kasus RSUD: /data/rujukan.csv: the stored result differs from the one recorded at audit entry 3: its rows were changed",
                "[HOLDS] case Kasus RSUD: /data/rujukan.csv: the stored result is the one recorded at audit entry 3 for SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "[NOT_CHECKED] case Kasus RSUD: /data/rujukan.csv: the original is no longer at /data/rujukan.csv; the workspace keeps a copy",
                "[NOT_CHECKED] case Kasus RSUD: /data/rujukan.csv: the original is no longer at /data/rujukan.csv",
                "[HOLDS] case Kasus RSUD: /data/rujukan.csv: the original at /data/rujukan.csv is unchanged",
                "[BROKEN] case Kasus RSUD: /data/rujukan.csv: the original at /data/rujukan.csv changed since import: SHA-256 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 then, 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08 now",
                "[NOT_CHECKED] case Kasus RSUD: /data/rujukan.csv: the original at /data/rujukan.csv could not be read: /data/rujukan.csv",
                "[HOLDS] case Kasus RSUD: evidence copy 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08: the copy in the evidence store is intact",
                "[BROKEN] case Kasus RSUD: evidence copy 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08: the copy in the evidence store changed: its SHA-256 is now 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "[BROKEN] case Kasus RSUD: evidence copy 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08: the copy could not be read: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
                "[BROKEN] case Kasus RSUD: annotation 17: the tag or note recorded at audit entry 9 is no longer stored: it was deleted",
                "[BROKEN] case Kasus RSUD: note 17: no audit entry records it: it was added outside Telisik",
                "[BROKEN] case Kasus RSUD: estimate: recorded at audit entry 11 but no longer stored: it was deleted",
                "[BROKEN] case Kasus RSUD: timeline: differs from what audit entry 14 recorded: it was changed",
                "[HOLDS] case Kasus RSUD: combined: is the one recorded at audit entry 15",
                "[BROKEN] case Kasus RSUD: preview of /data/rujukan.csv: the masked preview rows recorded at audit entry 4 are no longer in the workspace: they were deleted",
                "[NOT_CHECKED] case Kasus RSUD: preview of /data/rujukan.csv: stored by a Telisik that recorded one hash for all previews of an import, not one per file; analyse the file again to record it",
                "[BROKEN] case Kasus RSUD: preview of /data/rujukan.csv: masked preview rows are stored for this file but no audit entry records them",
                "[HOLDS] case Kasus RSUD: preview of /data/rujukan.csv: the masked preview rows hash to 02da9a120c5b…, as recorded at audit entry 4",
                "[BROKEN] case Kasus RSUD: preview of /data/rujukan.csv: the masked preview rows were changed after they were stored: they hash to 02da9a120c5b…, not to what audit entry 4 recorded");
        ReportInput in = ReportInput.of(analysis(List.of()), "0.1.0", Instant.parse("2026-12-06T09:00:00Z"))
                .withAudit(List.of(), new ReportInput.VerifyOutcome(false, Instant.parse("2026-12-06T09:00:00Z"), lines));
        String html = Exports.text(ReportFormat.HTML, ReportLanguage.ID, in);
        String list = html.substring(html.indexOf("verify-fail"), html.indexOf("</ul>", html.indexOf("verify-fail")));
        assertThat(englishSentences(list)).as("English verification lines in the Indonesian report").isEmpty();
        assertThat(list).doesNotContain("[HOLDS]", "[BROKEN]", "[NOT_CHECKED]", " case ", "audit log", "preview of",
                "evidence copy", "(sha256 none)").contains("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08", "/data/rujukan.csv", "02da9a120c5b…", "[UTUH] jangkar ",
                "[TIDAK UTUH] kasus Kasus RSUD: /data/rujukan.csv: berkas asli di /data/rujukan.csv berubah",
                "[TIDAK DIPERIKSA] kasus Kasus RSUD: pratinjau /data/rujukan.csv: disimpan oleh Telisik");
        assertThat(Exports.text(ReportFormat.HTML, ReportLanguage.EN, in)).as("the English report keeps the verifier's words")
                .contains(lines.get(0), lines.get(23));
    }

    @Test
    void theScannerFindsEnglish() {
        assertThat(englishSentences("<td>Birth date in the NIK matches the birth-date column in 98% rows.</td>"))
                .hasSize(1);
        assertThat(englishSentences("<td>Tanggal lahir dalam NIK sesuai dengan kolom tanggal lahir pada 98% baris.</td>"))
                .isEmpty();
    }

    private CaseAnalysis analysis(List<Path> files) {
        LocalDate today = LocalDate.of(2022, 1, 10);
        RowSampler sampler = new RowSampler();
        Analyzer.Run run = new Analyzer(new Analyzer.AnalysisOptions(today, false))
                .run(files, ProgressListener.NONE, () -> false, r -> { }, sampler);
        List<DatasetProfile> profiles = new ArrayList<>();
        run.files().forEach(f -> profiles.addAll(f.datasets()));
        Authenticity a = new AuthenticityJudge(today).judge(sampler.samples(), profiles, List.of());
        List<FileReport> reports = run.files();
        return new CaseAnalysis(new CaseInfo("c0ffee00-0000-4000-8000-000000000019", "Uji bahasa", Instant.parse(
                "2026-12-06T08:00:00Z")), reports, List.of(), null, a).withForensics(
                new org.telisik.core.attribution.SchemaMatcher(org.telisik.core.attribution.SchemaCatalog.shipped())
                        .attribute(org.telisik.core.attribution.SampleTable.of(reports)),
                new org.telisik.core.timeline.TimelineBuilder(today).build(reports, List.of(), "data Desember 2021"));
    }

    /** The texts of an HTML document that read as English sentences (also used by the CLI's report test). */
    public static List<String> englishSentences(String html) {
        String body = html.replaceAll("(?s)<style.*?</style>|<svg.*?</svg>|<pre.*?</pre>", "");
        List<String> found = new ArrayList<>();
        Matcher m = TEXT.matcher(body);
        while (m.find()) {
            String text = m.group(1).replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'");
            long hits = 0;
            Matcher w = WORD.matcher(text.replaceAll("\\S*[-_@/.]\\S*", " "));
            while (w.find()) {
                hits += ENGLISH.contains(w.group().toLowerCase(java.util.Locale.ROOT)) ? 1 : 0;
            }
            if (hits >= 2) {
                found.add(text.strip());
            }
        }
        return found;
    }
}
