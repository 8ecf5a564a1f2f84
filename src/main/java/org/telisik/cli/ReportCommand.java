package org.telisik.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.telisik.app.CaseAnalysisService;
import org.telisik.core.BuildInfo;
import org.telisik.core.analysis.Analyzer.AnalysisOptions;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.report.ReportFormat;
import org.telisik.report.ReportInput;
import org.telisik.report.ReportLanguage;
import org.telisik.report.ReportWriter;
import org.telisik.workspace.CaseRecord;
import org.telisik.workspace.Workspace;
import org.telisik.workspace.WorkspaceException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code telisik report}: write the evidence report of a stored case as HTML, PDF, JSON or CSV. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write the evidence report of a case (personal data masked unless --unmask).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the report was written", "2:bad usage", "3:the workspace could not be used",
            "4:no such case in the workspace", "5:the report file could not be written"})
public final class ReportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "ID", description = "Case id, or case name.")
    String caseRef;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Report file to write (replaced if present).")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "html, pdf, json or csv (default: from the file extension of --out, else html).")
    String format;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "id", description = "Report language: id or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--unmask", description = "Show personal data unmasked; every page is marked UNMASKED.")
    boolean unmask;

    @Option(names = "--banner", paramLabel = "TEXT", description = "Classification banner on every page (default: RAHASIA / CONFIDENTIAL).")
    String banner;

    @Mixin
    WorkspaceMixin workspace;

    @Override
    public Integer call() {
        ReportFormat reportFormat;
        ReportLanguage language;
        try {
            reportFormat = format == null ? ReportFormat.fromFileName(out.getFileName().toString(), ReportFormat.HTML)
                    : ReportFormat.fromId(format);
            language = ReportLanguage.fromTag(lang);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        try (Workspace ws = workspace.open()) {
            Optional<CaseRecord> record = ws.cases().findById(caseRef).or(() -> ws.cases().findByName(caseRef));
            if (record.isEmpty()) {
                err.println("telisik: no case '" + caseRef + "' in workspace " + ws.location()
                        + "; give a case id or name that 'telisik analyze --case NAME' created.");
                return 4;
            }
            CaseAnalysis analysis = new CaseAnalysisService(ws, new AnalysisOptions(java.time.LocalDate.now(), unmask))
                    .load(record.get());
            write(reportFormat, language, input(analysis, reportFormat, language));
        } catch (WorkspaceException e) {
            err.println("telisik: " + e.getMessage());
            return 3;
        } catch (IOException e) {
            err.println("telisik: cannot write the report to " + out + " (" + e.getMessage()
                    + "); choose a writable folder for --out.");
            return 5;
        }
        spec.commandLine().getOut().printf("wrote %s report of case %s to %s%s%n", reportFormat.id(), caseRef, out,
                unmask ? " (UNMASKED)" : "");
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The report's content; notes, audit excerpt and the other optional parts are added here once stored. */
    ReportInput input(CaseAnalysis analysis, ReportFormat reportFormat, ReportLanguage language) {
        return ReportInput.of(analysis, BuildInfo.version(), Instant.now())
                .withSettings(Map.of("report.format", reportFormat.id(), "report.language", language.tag(),
                        "report.personalData", unmask ? "unmasked" : "masked"))
                .withBanner(banner)
                .withUnmasked(unmask);
    }

    /** Writes next to the target and moves into place, so a failed run never leaves half a report behind. */
    private void write(ReportFormat reportFormat, ReportLanguage language, ReportInput input) throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = Files.createTempFile(target.getParent(), ".telisik-report-", ".part");
        try {
            try (OutputStream os = Files.newOutputStream(temp)) {
                new ReportWriter(language).write(reportFormat, input, os);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
