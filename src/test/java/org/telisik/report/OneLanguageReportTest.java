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
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationKey;
import org.telisik.core.model.VerificationSamples;
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
     * Every subject and sentence the workspace verifier can write (one item per {@link VerificationKey}), as the
     * report gets it: the Indonesian report words each one in Indonesian, its outcome word and subject included,
     * and keeps the hashes, numbers and paths; the English report words them as {@code telisik verify} does.
     */
    @Test
    void everyVerificationSentenceIsSaidInIndonesian() {
        List<VerificationItem> items = VerificationSamples.everyItem();
        ReportInput in = ReportInput.of(analysis(List.of()), "0.1.0", Instant.parse("2026-12-06T09:00:00Z"))
                .withAudit(List.of(), new ReportInput.VerifyOutcome(false, Instant.parse("2026-12-06T09:00:00Z"), items));
        String html = Exports.text(ReportFormat.HTML, ReportLanguage.ID, in);
        int from = html.indexOf("class=\"verify-fail\"");
        String list = html.substring(from, html.indexOf("</ul>", from));
        assertThat(list.split("<li>")).hasSize(items.size() + 1);
        assertThat(englishSentences(list)).as("English verification lines in the Indonesian report").isEmpty();
        assertThat(list).doesNotContain("[HOLDS]", "[BROKEN]", "[NOT_CHECKED]", " case ", "audit log", "preview of",
                "evidence copy", "(sha256 none)").contains(VerificationSamples.SHA, VerificationSamples.PATH, "02da9a120c5b…",
                "[UTUH] ", "[TIDAK UTUH] ", "[TIDAK DIPERIKSA] ", "jangkar " + VerificationSamples.SHA + ": ",
                "kasus Kasus RSUD: catatan 17: ", "kasus Kasus RSUD: lini masa: ",
                "berkas asli di /data/rujukan.csv berubah sejak diimpor: SHA-256 " + VerificationSamples.SHA);
        String english = Exports.text(ReportFormat.HTML, ReportLanguage.EN, in);
        assertThat(items).allSatisfy(i -> assertThat(english).as("the English report words it as telisik verify")
                .contains(Html.escape("[" + i.outcome() + "] " + i.subject() + ": " + i.detail())));
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
