package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.app.ReportRequest;
import org.telisik.app.SessionRequest;
import org.telisik.app.WorkspaceSession;
import org.telisik.cli.CliRun;
import org.telisik.cli.VerifyCommand;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.VerificationItem;
import org.telisik.report.OneLanguageReportTest;
import org.telisik.report.ReportFormat;
import org.telisik.report.ReportLanguage;
import org.telisik.testdata.PopulationCsv;
import org.telisik.testdata.RadiologyCsv;

/**
 * The desktop words the workspace verification and the authenticity check details in its language, as the CLI
 * and the reports do: the same item reads the same in {@code telisik verify} and the English verify window, and
 * the same as in an Indonesian report when the window is Indonesian. A real workspace, with an original changed,
 * one moved away and the audit head file deleted; view models run without a window.
 */
class InterfaceLanguageWordingTest {
    @TempDir
    Path dir;
    private final List<String> failures = new java.util.ArrayList<>();
    private final SameThreadTaskExecutor now = new SameThreadTaskExecutor((doing, e) -> failures.add(doing + ": " + e));
    private final I18n i18n = new I18n(I18n.ENGLISH);
    private Path ws;

    @BeforeEach
    void aWorkspaceWhoseCustodyNoLongerHolds() throws Exception {
        ws = dir.resolve("ws");
        Path people = dir.resolve("penduduk.csv");
        PopulationCsv.write(people, 400, 19, ';');
        Path moved = dir.resolve("rujukan.csv");
        RadiologyCsv.write(moved, 40, 7);
        try (WorkspaceSession s = open()) {
            s.analysis().analyze("Kasus Dukcapil", List.of(people, moved), ProgressListener.NONE, () -> false);
        }
        Files.writeString(people, "3273010101900001;3273010101900002;Budi Santoso;L;1990-01-01;081234567890\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        Files.delete(moved);
        Files.delete(ws.resolve("audit-head.txt"));
    }

    private WorkspaceSession open() {
        return WorkspaceSession.open(SessionRequest.withPassphrase(ws.toString(), null));
    }

    @Test
    void theVerifyWindowSaysWhatTheCliAndTheReportOfItsLanguageSay() throws Exception {
        CliRun cli = CliRun.of(new VerifyCommand(), "--workspace", ws.toString());
        assertThat(cli.exit()).as(cli.out()).isEqualTo(1);
        try (WorkspaceSession s = open()) {
            VerifyViewModel verify = new VerifyViewModel(now, new SimpleObjectProperty<>(s), i18n);
            verify.verify();
            List<VerificationItem> items = List.copyOf(verify.items());
            assertThat(items).extracting(VerificationItem::outcome).contains(VerificationItem.Outcome.HOLDS,
                    VerificationItem.Outcome.BROKEN, VerificationItem.Outcome.NOT_CHECKED);
            for (VerificationItem i : items) {
                assertThat(cli.out()).as("the CLI prints what the window shows").contains(verify.subject(i) + ": " + verify.detail(i));
            }

            i18n.localeProperty().set(I18n.INDONESIAN);
            Path report = dir.resolve("laporan.html");
            CaseRecord record = s.cases().list().get(0);
            s.reports().write(record, new ReportRequest(ReportFormat.HTML, ReportLanguage.ID, false, true, null, "uji"), report);
            String html = Files.readString(report, StandardCharsets.UTF_8);
            for (VerificationItem i : items) {
                String line = "[" + verify.outcome(i) + "] " + verify.subject(i) + ": " + verify.detail(i);
                assertThat(OneLanguageReportTest.englishSentences("<td>" + line + "</td>")).as(line).isEmpty();
                if (i.caseName() != null) {
                    assertThat(html).as("the Indonesian report says it as the Indonesian window").contains(escaped(line));
                }
            }
            assertThat(items.stream().map(verify::outcome)).contains("UTUH", "TIDAK UTUH", "TIDAK DIPERIKSA");
        }
        assertThat(failures).isEmpty();
    }

    @Test
    void checkDetailsFollowTheInterfaceLanguageAsTheReportSaysThem() throws Exception {
        try (WorkspaceSession s = open()) {
            CaseOverviewViewModel overview = new CaseOverviewViewModel(now, new SimpleObjectProperty<>(s), i18n);
            CaseRecord record = s.cases().list().get(0);
            overview.show(record);
            List<AuthenticityCheck> english = List.copyOf(overview.checks());
            assertThat(english).as("checks of a population sample").hasSizeGreaterThan(3);
            assertThat(english).extracting(AuthenticityCheck::detail).anyMatch(d -> d.contains("Valid NIK structure: 100.0%"));

            i18n.localeProperty().set(I18n.INDONESIAN);
            List<AuthenticityCheck> indonesian = List.copyOf(overview.checks());
            assertThat(indonesian).extracting(AuthenticityCheck::id).isEqualTo(english.stream().map(AuthenticityCheck::id).toList());
            Path report = dir.resolve("laporan.html");
            s.reports().write(record, new ReportRequest(ReportFormat.HTML, ReportLanguage.ID, false, false, null, "uji"), report);
            String html = Files.readString(report, StandardCharsets.UTF_8);
            for (AuthenticityCheck c : indonesian) {
                assertThat(OneLanguageReportTest.englishSentences("<td>" + c.detail() + "</td>")).as(c.id()).isEmpty();
                assertThat(html).as("the report of the same language words %s the same", c.id())
                        .contains("<td>" + escaped(c.detail()) + "</td>");
            }
            assertThat(indonesian).extracting(AuthenticityCheck::detail).anyMatch(d -> d.contains("Struktur NIK sah: 100,0%"));

            i18n.localeProperty().set(I18n.ENGLISH);
            assertThat(overview.checks()).isEqualTo(english);
        }
        assertThat(failures).isEmpty();
    }

    /** As the report escapes element text. */
    private static String escaped(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
