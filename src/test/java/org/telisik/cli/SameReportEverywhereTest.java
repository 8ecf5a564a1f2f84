package org.telisik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.telisik.app.SessionRequest;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.model.Annotation;
import org.telisik.core.model.AnnotationTarget;
import org.telisik.core.model.CaseRecord;
import org.telisik.report.ReportFormat;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.ui.CaseExporter;
import org.telisik.ui.CasesViewModel;
import org.telisik.ui.ExportChoice;
import org.telisik.ui.ExportViewModel;
import org.telisik.ui.I18n;
import org.telisik.ui.SameThreadTaskExecutor;
import org.telisik.ui.SidebarNode;
import org.telisik.ui.StatusLine;

/**
 * The desktop's export and {@code telisik report} write the same bytes for the same case, language and masking,
 * in every format (PDF included: its dates come from the report time, not the clock of the PDF library). Each
 * pair starts from two copies of one workspace, since every report adds its own audit entries, and both front
 * ends stamp the report with the same fixed clock.
 */
class SameReportEverywhereTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-06T09:15:00Z"), ZoneOffset.UTC);
    private static final String CASE = "Kasus RSUD";

    @TempDir
    Path dir;
    private Path pristine;

    /** An earlier case that shares patients, then the case reported, with examiner details, a tag and a note. */
    @BeforeEach
    void twoCasesWithDetailsNotesAndOverlap() throws Exception {
        pristine = dir.resolve("pristine");
        Path older = dir.resolve("rujukan_2025.csv");
        Path newer = dir.resolve("rujukan_2026.csv");
        RadiologyCsv.write(older, 90, 7);
        RadiologyCsv.write(newer, 60, 7); // the same seed: its patients are the first of the older file
        for (String[] run : new String[][] {{"Kasus Lama", older.toString()}, {CASE, newer.toString()}}) {
            CliRun r = CliRun.of(new TelisikCommand(), "analyze", "--workspace", pristine.toString(), "--case", run[0], run[1]);
            assertThat(r.exit()).as(r.err()).isZero();
        }
        try (WorkspaceSession s = WorkspaceSession.open(SessionRequest.withPassphrase(pristine.toString(), null))) {
            CaseRecord record = s.cases().find(CASE).orElseThrow();
            s.cases().updateDetails(record.id(), "LP/B/417/XII/2026", "Dewi Lestari", "Sampel dari forum, 6 juta data.");
            s.notes().add(record.id(), Annotation.Kind.TAG, AnnotationTarget.file(newer.toString()), "prioritas-tinggi");
            s.notes().add(record.id(), Annotation.Kind.NOTE, AnnotationTarget.file(newer.toString()),
                    "Nomor RM berurutan; cocok dengan format SIMRS.");
        }
    }

    static Stream<Arguments> requests() {
        List<Arguments> all = new ArrayList<>();
        for (ReportFormat format : ReportFormat.values()) {
            all.add(Arguments.of(format, "en", false));
            all.add(Arguments.of(format, "id", true));
        }
        all.add(Arguments.of(ReportFormat.HTML, "id", false));
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} unmasked={2}")
    @MethodSource("requests")
    void desktopExportAndTelisikReportAreTheSameBytes(ReportFormat format, String lang, boolean unmask) throws Exception {
        Path fromDesktop = dir.resolve("desktop." + format.id());
        Path fromCli = dir.resolve("cli." + format.id());
        exportFromDesktop(copy(pristine, dir.resolve("desktop-workspace")), format, lang, unmask, fromDesktop);
        List<String> args = new ArrayList<>(List.of("report", "--workspace", copy(pristine, dir.resolve("cli-workspace")).toString(),
                "--case", CASE, "--out", fromCli.toString(), "--lang", lang));
        if (unmask) {
            args.add("--unmask");
        }
        CliRun r = CliRun.of(new TelisikCommand(CLOCK), args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();

        assertThat(Files.readAllBytes(fromDesktop)).isEqualTo(Files.readAllBytes(fromCli));
        if (format == ReportFormat.HTML) { // what the desktop's export used to leave out is in the shared document
            assertThat(Files.readString(fromDesktop, StandardCharsets.UTF_8))
                    .contains("LP/B/417/XII/2026", "prioritas-tinggi", "cocok dengan format SIMRS", "Kasus Lama", "analysis-started");
        }
    }

    private static void exportFromDesktop(Path workspace, ReportFormat format, String lang, boolean unmask, Path target) {
        List<Throwable> failures = new ArrayList<>();
        SameThreadTaskExecutor now = new SameThreadTaskExecutor((doing, e) -> failures.add(e));
        I18n i18n = new I18n(Locale.forLanguageTag(lang));
        try (WorkspaceSession session = WorkspaceSession.open(SessionRequest.withPassphrase(workspace.toString(), null), CLOCK)) {
            SimpleObjectProperty<WorkspaceSession> open = new SimpleObjectProperty<>(session);
            CasesViewModel cases = new CasesViewModel(now, open, i18n);
            cases.selectedProperty().set(new SidebarNode.CaseNode(session.cases().find(CASE).orElseThrow()));
            ExportViewModel export = new ExportViewModel(now, open, cases, new StatusLine(i18n), i18n,
                    List.of(new CaseExporter(format)));
            assertThat(export.export(new CaseExporter(format), target, new ExportChoice(i18n.locale(), unmask), true)).isTrue();
        }
        assertThat(failures).isEmpty();
    }

    private static Path copy(Path from, Path to) throws IOException {
        if (Files.exists(to)) {
            try (Stream<Path> old = Files.walk(to)) {
                for (Path p : old.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : files.toList()) {
                Files.copy(p, to.resolve(from.relativize(p).toString()));
            }
        }
        return to;
    }
}
