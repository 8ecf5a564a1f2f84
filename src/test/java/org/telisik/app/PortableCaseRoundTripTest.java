package org.telisik.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.Annotation;
import org.telisik.core.model.AnnotationTarget;
import org.telisik.core.model.CaseRecord;
import org.telisik.report.ReportFormat;
import org.telisik.report.ReportLanguage;
import org.telisik.testdata.RadiologyCsv;

/**
 * A case exported from one workspace and imported into another verifies there, and its report is the original's
 * except for the lines about each workspace's own audit trail.
 */
class PortableCaseRoundTripTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @Test
    void anExportedThenImportedCaseVerifiesAndReportsTheSame() throws Exception {
        Path csv = dir.resolve("rujukan_rsud.csv");
        RadiologyCsv.write(csv, 70, 19);
        Path archive = dir.resolve("kasus.zip");
        Path original = dir.resolve("asal.html");
        List<Double> exportProgress = new ArrayList<>();
        try (WorkspaceSession source = WorkspaceSession.open(new SessionRequest(dir.resolve("asal").toString(), null,
                "Rina Analis", true), CLOCK)) {
            source.analysis().analyze("Kebocoran RSUD", List.of(csv), "6 juta data", ProgressListener.NONE, () -> false);
            CaseRecord record = source.cases().find("Kebocoran RSUD").orElseThrow();
            source.notes().add(record.id(), Annotation.Kind.NOTE, AnnotationTarget.file(csv.toString()), "dari kanal Telegram");
            record = source.cases().updateDetails(record.id(), "LP/B/9/I/2026", "Rina Analis", null);
            source.reports().write(record, request(), original);
            CaseArchive written = source.portable().exportCase(record.id(), archive, exportProgress::add);
            assertThat(written.evidenceCopies()).isEqualTo(1);
        }
        assertThat(exportProgress).isSorted().last().isEqualTo(1.0);

        Path copy = dir.resolve("tujuan.html");
        List<Double> importProgress = new ArrayList<>();
        try (WorkspaceSession target = WorkspaceSession.open(new SessionRequest(dir.resolve("tujuan").toString(), null,
                "Budi Penerima", false), CLOCK)) {
            CaseRecord imported = target.portable().importCase(archive, importProgress::add);
            assertThat(target.verify().broken()).isEmpty();
            target.reports().write(imported, request(), copy);
        }
        assertThat(importProgress).isSorted().last().isEqualTo(1.0);

        List<String> before = withoutAuditLines(original);
        List<String> after = withoutAuditLines(copy);
        assertThat(after).containsExactlyElementsOf(before);
        assertThat(String.join("\n", after)).contains("dari kanal Telegram", "LP/B/9/I/2026", "rujukan_rsud.csv");
    }

    private static ReportRequest request() {
        return new ReportRequest(ReportFormat.HTML, ReportLanguage.EN, false, true, null, "test");
    }

    /** The report's lines without the audit excerpt and the verification (each workspace's own trail). */
    private static List<String> withoutAuditLines(Path html) throws Exception {
        String text = Files.readString(html, StandardCharsets.UTF_8);
        String section = text.replaceAll("(?s)<pre class=\"audit\">.*?</pre>", "<pre class=\"audit\"/>");
        List<String> kept = new ArrayList<>();
        for (String line : section.split("\n")) {
            if (!line.contains("[HOLDS]") && !line.contains("[BROKEN]") && !line.contains("[NOT_CHECKED]")) {
                kept.add(line);
            }
        }
        return kept;
    }
}
