package org.telisik.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.telisik.app.AnalysisRun;
import org.telisik.app.ReportRequest;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.BuildInfo;
import org.telisik.core.OwnerOnlyFiles;
import org.telisik.core.analysis.AnalysisCancelledException;
import org.telisik.core.model.ActionableException;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.FileReport;
import org.telisik.report.AnalysisJsonWriter;
import org.telisik.report.ReportFormat;
import org.telisik.report.ReportLanguage;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code telisik analyze}: analyse files into a case of the workspace and optionally write the JSON. */
@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Analyse sample files (folders expand to their files) into a case.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every file was analysed", "1:some file had an error (the others were analysed)",
            "2:bad usage", "3:the workspace could not be used", "5:the report file could not be written",
            "130:interrupted (Ctrl-C); the case is marked incomplete"})
public final class AnalyzeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    WorkspaceMixin workspace;

    @Option(names = "--analyst", paramLabel = "NAME", description = "Analyst recorded in the audit trail (default: the OS user).")
    String analyst;

    @Option(names = "--copy-evidence", description = "Also keep a content-addressed copy of each file in the workspace.")
    boolean copyEvidence;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write the evidence report (format from the extension: .html, .pdf, .json, .csv).")
    Path report;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "id", description = "Report language: id or en (default: ${DEFAULT-VALUE}).")
    String lang;

    @Option(names = "--case", paramLabel = "NAME", description = "Case to analyse into (created when new; default: ${DEFAULT-VALUE}).",
            defaultValue = "default")
    String caseName;

    @Option(names = "--claim", paramLabel = "TEXT", description = "The seller's claim, e.g. \"6 juta data, 720 GB\".")
    String claim;

    @Option(names = "--json", paramLabel = "FILE", description = "Write the analysis JSON to FILE, or to standard output with '-'.")
    String json;

    @Option(names = "--unmask", description = "Show personal data unmasked in the output (recorded in the audit trail).")
    boolean unmask;

    @Option(names = "--progress", negatable = true, description = "Show progress and the time left on standard"
            + " error twice a second (default: on when run from a terminal).")
    Boolean progress;

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or folders to analyse.")
    List<Path> paths;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        try (Interruption interruption = new Interruption();
             WorkspaceSession session = workspace.open(r -> r.withAnalyst(analyst).withEvidenceCopies(copyEvidence));
             ProgressDisplay shown = new ProgressDisplay(paths, progress != null ? progress : terminal, terminal, err)) {
            AnalysisRun run;
            try {
                run = session.analysis(unmask).run(caseName, paths, claim, shown.listener(), interruption::requested);
            } catch (AnalysisCancelledException e) {
                shown.close(); // said before the resources close: then the signal hook lets the JVM end
                err.println("telisik: interrupted; " + TerminalText.line(e.error().message(), unmask)
                        + " The case stays marked as incomplete;"
                        + " analyse the files again to complete it.");
                err.flush();
                return 130;
            }
            shown.close();
            CaseAnalysis analysis = run.analysis();
            writeJson(analysis);
            // the lines need no more than the run's outlines: no file is read back from the workspace for them
            PrintWriter out = "-".equals(json) ? null : spec.commandLine().getOut();
            if (out != null) {
                out.printf("case %s (%s)%n", TerminalText.line(analysis.caseInfo().name(), unmask), analysis.caseInfo().id());
            }
            boolean failed = false;
            for (FileReport f : run.outlines()) {
                failed |= reportErrors(f, err, unmask);
                if (out != null) {
                    summarise(f, out, unmask);
                }
            }
            if (out != null) {
                summariseCase(analysis, out);
            }
            int reportExit = writeReport(session, analysis);
            return reportExit != 0 ? reportExit : failed ? 1 : 0;
        } catch (ActionableException e) {
            err.println("telisik: " + TerminalText.line(e.getMessage(), unmask));
            return 3;
        }
    }

    /** The report comes from the stored case through the one report use case, exactly as a later export would. */
    private int writeReport(WorkspaceSession session, CaseAnalysis analysis) {
        if (report == null) {
            return 0;
        }
        ReportFormat format;
        ReportLanguage language;
        try {
            format = ReportFormat.fromFileName(report.getFileName().toString(), ReportFormat.HTML);
            language = ReportLanguage.fromTag(lang);
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("telisik: " + TerminalText.line(e.getMessage()));
            return 2;
        }
        CaseRecord record = session.cases().find(analysis.caseInfo().id()).orElseThrow();
        return ReportCommand.write(session, record, new ReportRequest(format, language, unmask, true, null, "command line"),
                report, spec.commandLine());
    }

    private void writeJson(CaseAnalysis analysis) throws IOException {
        if (json == null) {
            return;
        }
        AnalysisJsonWriter writer = new AnalysisJsonWriter(BuildInfo.version());
        if ("-".equals(json)) {
            writer.write(analysis, System.out);
            System.out.flush();
        } else {
            // owner-only from its creation, replaced in one move: the document may hold personal data in full
            Path target = Path.of(json).toAbsolutePath();
            Path temp = OwnerOnlyFiles.createTemp(target.getParent(), ".telisik-json-", ".part");
            try {
                try (OutputStream out = Files.newOutputStream(temp)) {
                    writer.write(analysis, out);
                }
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    /** Paths and messages come masked from the analysis unless {@code unmask}; either way made visible. */
    private static boolean reportErrors(FileReport f, PrintWriter err, boolean unmask) {
        boolean failed = false;
        if (f.error() != null) {
            err.println("telisik: " + TerminalText.line(f.path(), unmask) + ": [" + f.error().code() + "] "
                    + TerminalText.line(f.error().message(), unmask));
            failed = true;
        }
        for (FileReport e : f.entries()) {
            failed |= reportErrors(e, err, unmask);
        }
        return failed;
    }

    private static void summarise(FileReport f, PrintWriter out, boolean unmask) {
        long rows = f.datasets().stream().mapToLong(d -> d.rows()).sum();
        out.printf("  %s  %s  %d bytes  %d dataset(s)  %d rows%s%n", TerminalText.line(f.path(), unmask), f.mediaType(),
                f.sizeBytes(), f.datasets().size(), rows, f.error() == null ? "" : "  ERROR " + f.error().code());
    }

    private static void summariseCase(CaseAnalysis analysis, PrintWriter out) {
        if (!analysis.attribution().isEmpty()) {
            out.printf(java.util.Locale.ROOT, "  source system: %s (%.1f%% of the columns explained)%n",
                    analysis.attribution().get(0).name(), analysis.attribution().get(0).score() * 100);
        }
        if (analysis.timeline() != null && analysis.timeline().extractedOnOrAfter() != null) {
            out.printf("  extracted on or after: %s%n", analysis.timeline().extractedOnOrAfter());
        }
        out.flush();
    }
}
