package org.telisik.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.telisik.app.CaseAnalysisService;
import org.telisik.app.WorkspaceMasking;
import org.telisik.cli.CliRun;
import org.telisik.cli.TelisikCommand;
import org.telisik.core.analysis.Analyzer.AnalysisOptions;
import org.telisik.core.identity.VisibleText;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationWording;
import org.telisik.report.PhraseBook;
import org.telisik.report.ReportLanguage;
import org.telisik.ui.ColumnRow;
import org.telisik.ui.I18n;
import org.telisik.ui.ProfileViewModel;
import org.telisik.ui.SidebarNode;
import org.telisik.workspace.AuditEntry;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.WorkspaceVerifier;

/**
 * The privacy suite: the {@link HostilePrivacySample} (identifiers in free text, mixed columns, headers, JSON keys,
 * file and member names, DOCX and PDF text, spreadsheet cells and sheet names, SQL names and comments) is analysed
 * once through the command line, then every output Telisik makes is rendered and searched for every planted
 * identifier. A single one shown in full fails the test, naming the output and the value.
 *
 * <p><b>Adding an output</b> (a report format, a command, a desktop view model): add one line to {@link #OUTPUTS},
 * a name and a function from the analysed {@link Fixture} to the text the output shows. It is then checked like
 * every other: no planted identifier in full, no terminal control sequence or bidi override acted on.
 * {@link #unmaskedShowsEveryPlantedIdentifierAndIsAudited} proves the identifiers do reach the outputs, so that
 * a masked output passing here is masked, not empty.
 */
class PrivacySuiteTest {
    @TempDir
    static Path dir;
    static Fixture fx;

    /** One output of Telisik and how to get the text it shows. */
    record Output(String name, Render render) {
        @Override
        public String toString() {
            return name;
        }
    }

    interface Render {
        String text(Fixture fx) throws Exception;
    }

    static final List<Output> OUTPUTS = List.of(
            new Output("analyze --json FILE", f -> Files.readString(f.dir.resolve("analysis.json"))),
            new Output("analyze: standard output and error", f -> f.analyze.out() + f.analyze.err()),
            new Output("analyze --json -: standard output", f -> f.jsonToStdout),
            new Output("report HTML", f -> f.report("html")),
            new Output("report PDF (text)", f -> f.pdfText()),
            new Output("report CSV", f -> f.report("csv")),
            new Output("report JSON", f -> f.report("json")),
            new Output("report: standard output and error", f -> f.reportRuns),
            new Output("verify: standard output and error", f -> f.verify.out() + f.verify.err()),
            new Output("desktop: sidebar labels", Fixture::sidebar),
            new Output("desktop: columns tab and column detail", Fixture::profiles),
            new Output("desktop: dataset previews", Fixture::previews),
            new Output("desktop: case overview", f -> f.overview(ReportLanguage.EN)),
            new Output("desktop: case overview in Indonesian", f -> f.overview(ReportLanguage.ID)),
            new Output("desktop: verify window", f -> f.verifyWindow(VerificationWording.ENGLISH)),
            new Output("desktop: verify window in Indonesian", f -> f.verifyWindow(VerificationWording.INDONESIAN)));

    @BeforeAll
    static void analyse() throws Exception {
        fx = new Fixture(dir);
    }

    static Stream<Output> outputs() {
        return OUTPUTS.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void noPlantedIdentifierAppearsInFull(Output output) throws Exception {
        String text = output.render.text(fx);
        assertThat(text).as(output.name + " is empty").isNotBlank();
        assertThat(HostilePrivacySample.leaks(text)).as(output.name + " shows these in full").isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("outputs")
    void noTerminalSequenceOrBidiOverrideIsActedOn(Output output) throws Exception {
        String text = output.render.text(fx);
        assertThat(text).as(output.name).doesNotContain("\u001b", "\u202E", "\u202D", "\u2066", "\u2067", "\u2068");
        if (output.name.contains("standard output")) {
            assertThat(text).as(output.name + ": a member name cannot fake a line").doesNotContain("\ntelisik: everything fine");
        }
    }

    @Test
    void theSampleReachesTheOutputs() throws Exception {
        String json = Files.readString(fx.dir.resolve("analysis.json"));
        assertThat(json).as("members with hostile names are analysed and shown escaped")
                .contains("\\u001B[2J", "evil\\r\\ntelisik: everything fine.csv")
                .contains("\\u202E");
        assertThat(fx.analyze.out()).contains("arsip.zip").doesNotContain("\u001b");
        String html = fx.report("html");
        assertThat(html).contains("\\x1b[2J", "\\u202E", "evil\\x0d\ntelisik: everything fine.csv");
    }

    @Test
    void unmaskedShowsEveryPlantedIdentifierAndIsAudited() throws Exception {
        CliRun run = Fixture.cli("analyze", "--workspace", fx.workspace.toString(), "--case", "Kasus RS terbuka", "--unmask",
                "--json", fx.dir.resolve("unmasked.json").toString(), fx.paths.get(0).toString(), fx.paths.get(1).toString(),
                fx.paths.get(2).toString(), fx.paths.get(3).toString(), fx.paths.get(4).toString(), fx.paths.get(5).toString(),
                fx.paths.get(6).toString());
        assertThat(run.exit()).as(run.err()).isZero();
        Path unmasked = fx.dir.resolve("unmasked.json");
        String json = Files.readString(unmasked);
        // the places whose text reaches the analysis (SQL comments are not read, so there is nothing to show)
        List<String> reached = new ArrayList<>(HostilePrivacySample.planted());
        reached.remove(HostilePrivacySample.NIKS.get("sqlComment"));
        List<String> leaks = HostilePrivacySample.leaks(json);
        assertThat(reached).allMatch(p -> HostilePrivacySample.leaked(leaks, p), "shown unmasked: " + leaks);
        if (Files.getFileStore(unmasked).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(unmasked))).isEqualTo("rw-------");
        }
        try (H2Workspace ws = H2Workspace.open(fx.workspace)) {
            CaseRecord c = ws.cases().findByName("Kasus RS terbuka").orElseThrow();
            assertThat(ws.audit().entries(c.id())).extracting(AuditEntry::action).contains("unmask");
        }
    }

    @Test
    void aMixedColumnSaysHowManyValidNiksItHolds() throws Exception {
        JsonNode doc = new ObjectMapper().readTree(fx.dir.resolve("analysis.json").toFile());
        JsonNode columns = doc.at("/files/0/datasets/0/columns");
        JsonNode kode = null;
        JsonNode nilai = null;
        for (JsonNode c : columns) {
            kode = c.get("name").asText().equals("kode") ? c : kode;
            nilai = c.get("name").asText().equals("nilai") ? c : nilai;
        }
        assertThat(kode.get("semanticType").asText()).isNotEqualTo("nik");
        assertThat(kode.at("/stats/identifiersInside/nik").asLong()).isEqualTo(1);
        assertThat(kode.get("evidence").toString()).contains("2.5% valid NIKs inside");
        assertThat(nilai.at("/stats/identifiersInside/nik").asLong()).isEqualTo(1);
    }

    /** The sample analysed once through the command line, and the workspace it went into. */
    static final class Fixture {
        final Path dir;
        final Path workspace;
        final List<Path> paths;
        final CliRun analyze;
        final String jsonToStdout;
        final CliRun verify;
        String reportRuns = "";

        Fixture(Path dir) throws Exception {
            this.dir = dir;
            this.workspace = dir.resolve("ws");
            Path sample = Files.createDirectories(dir.resolve("sample"));
            this.paths = HostilePrivacySample.write(sample);
            List<String> args = new ArrayList<>(List.of("analyze", "--workspace", workspace.toString(), "--case",
                    "Kasus RS", "--json", dir.resolve("analysis.json").toString()));
            paths.forEach(p -> args.add(p.toString()));
            this.analyze = cli(args.toArray(String[]::new));
            args.set(4, "Kasus RS stdout");
            args.set(6, "-");
            this.jsonToStdout = toStdout(args);
            for (String format : List.of("html", "pdf", "csv", "json")) {
                CliRun r = cli("report", "--workspace", workspace.toString(), "--case", "Kasus RS", "--out",
                        dir.resolve("report." + format).toString());
                assertThat(r.exit()).as(r.err()).isZero();
                reportRuns += r.out() + r.err();
            }
            this.verify = cli("verify", "--workspace", workspace.toString());
        }

        static CliRun cli(String... args) {
            return CliRun.of(new TelisikCommand(), args);
        }

        private static String toStdout(List<String> args) {
            PrintStream original = System.out;
            ByteArrayOutputStream captured = new ByteArrayOutputStream();
            System.setOut(new PrintStream(captured, true, StandardCharsets.UTF_8));
            try {
                CliRun r = cli(args.toArray(String[]::new));
                return captured.toString(StandardCharsets.UTF_8) + r.out() + r.err();
            } finally {
                System.setOut(original);
            }
        }

        String report(String format) throws IOException {
            return Files.readString(dir.resolve("report." + format));
        }

        String pdfText() throws IOException {
            try (PDDocument pdf = Loader.loadPDF(Files.readAllBytes(dir.resolve("report.pdf")))) {
                return new PDFTextStripper().getText(pdf);
            }
        }

        /** What the desktop is given: the masked files of the case, through the same use case. */
        private <T> T desktop(Desktop<T> view) throws Exception {
            try (H2Workspace ws = H2Workspace.open(workspace)) {
                CaseRecord record = ws.cases().findByName("Kasus RS").orElseThrow();
                CaseAnalysisService service = new CaseAnalysisService(ws, new AnalysisOptions(LocalDate.now(), false));
                return view.show(ws, record, service, service.files(record.id()));
            }
        }

        interface Desktop<T> {
            T show(H2Workspace ws, CaseRecord record, CaseAnalysisService service, List<FileReport> files) throws Exception;
        }

        String sidebar() throws Exception {
            return desktop((ws, record, service, files) -> {
                StringBuilder sb = new StringBuilder(new SidebarNode.CaseNode(record).label()).append('\n');
                for (FileReport f : files) {
                    labels(new SidebarNode.FileNode(record, f), sb);
                }
                return sb.toString();
            });
        }

        private static void labels(SidebarNode node, StringBuilder sb) {
            sb.append(node.label()).append('\n');
            if (node instanceof SidebarNode.FileNode f) {
                f.children().forEach(c -> labels(c, sb));
            }
        }

        String profiles() throws Exception {
            return desktop((ws, record, service, files) -> {
                ProfileViewModel profile = new ProfileViewModel(new I18n(I18n.ENGLISH));
                StringBuilder sb = new StringBuilder();
                List<SidebarNode.FileNode> nodes = new ArrayList<>();
                files.forEach(f -> collect(new SidebarNode.FileNode(record, f), nodes));
                for (SidebarNode.FileNode node : nodes) {
                    profile.show(node);
                    sb.append(profile.captionProperty().get()).append('\n').append(profile.fileErrorProperty().get())
                            .append('\n').append(profile.fileFactsProperty().get()).append('\n');
                    for (ColumnRow row : List.copyOf(profile.rows())) {
                        sb.append(row.dataset()).append(" | ").append(row.name()).append(" | ").append(row.examplesText())
                                .append('\n');
                        profile.selectedRowProperty().set(row);
                        sb.append(profile.detail().titleProperty().get()).append('\n')
                                .append(String.join("\n", profile.detail().evidence())).append('\n');
                        profile.detail().facts().forEach(fact -> sb.append(fact.label()).append(": ").append(fact.value()).append('\n'));
                        profile.detail().distributions().forEach(d -> {
                            sb.append(d.name()).append(':');
                            d.bars().forEach(b -> sb.append(' ').append(b.label()));
                            sb.append('\n');
                        });
                    }
                }
                return sb.toString();
            });
        }

        private static void collect(SidebarNode.FileNode node, List<SidebarNode.FileNode> out) {
            out.add(node);
            node.report().entries().forEach(e -> collect(new SidebarNode.FileNode(node.owner(), e), out));
        }

        /** The preview view model shows the service's masked rows, made visible cell by cell. */
        String previews() throws Exception {
            return desktop((ws, record, service, files) -> {
                StringBuilder sb = new StringBuilder();
                List<SidebarNode.FileNode> nodes = new ArrayList<>();
                files.forEach(f -> collect(new SidebarNode.FileNode(record, f), nodes));
                int shown = 0;
                for (SidebarNode.FileNode node : nodes) {
                    for (int i = 0; i < node.report().datasets().size(); i++) {
                        var preview = service.preview(record.id(), node.report(), i);
                        if (preview.isPresent()) {
                            shown++;
                            sb.append(VisibleText.line(preview.get().datasetName())).append('\n');
                            preview.get().columns().forEach(c -> sb.append(VisibleText.line(c)).append(" | "));
                            preview.get().rows().forEach(r -> r.forEach(c -> sb.append(VisibleText.line(c)).append(" | ")));
                            sb.append('\n');
                        }
                    }
                }
                assertThat(shown).as("previews found for the masked files").isGreaterThanOrEqualTo(4);
                return sb.toString();
            });
        }

        /** The check details as the desktop words them: through the report's phrase book of its language. */
        String overview(ReportLanguage language) throws Exception {
            return desktop((ws, record, service, files) -> {
                StringBuilder sb = new StringBuilder(service.load(record).caseInfo().name()).append('\n');
                service.load(record).authenticity().checks()
                        .forEach(c -> sb.append(PhraseBook.of(language).say(c.detail())).append('\n'));
                // the files left out of a combined sample, as the overview lists them
                service.load(record).misfits().forEach(m -> sb.append(m.file()).append(' ').append(m.dataset()).append(' ')
                        .append(m.expected()).append(' ').append(m.found()).append('\n'));
                return sb.toString();
            });
        }

        String verifyWindow(VerificationWording wording) throws Exception {
            return desktop((ws, record, service, files) -> {
                StringBuilder sb = new StringBuilder();
                for (VerificationItem i : WorkspaceMasking.shown(ws, new WorkspaceVerifier(ws).verify()).items()) {
                    sb.append(wording.line(i)).append('\n');
                }
                return sb.toString();
            });
        }
    }
}
