package org.telisik.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.telisik.app.ReportRequest;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.model.ActionableException;
import org.telisik.core.model.CaseRecord;
import org.telisik.report.ReportFormat;
import org.telisik.report.ReportLanguage;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
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

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "Report file to write (replaced if present; on Linux and macOS readable by its owner only).")
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

    @Option(names = "--skip-verify", description = "Leave out the verification of the audit chain and evidence hashes "
            + "(it re-reads every original file still present).")
    boolean skipVerify;

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
        try (WorkspaceSession session = workspace.open()) {
            Optional<CaseRecord> record = session.cases().find(caseRef);
            if (record.isEmpty()) {
                err.println("telisik: no case '" + TerminalText.line(caseRef) + "' in workspace " + session.location()
                        + "; give a case id or name that 'telisik analyze --case NAME' created.");
                return 4;
            }
            ReportRequest request = new ReportRequest(reportFormat, language, unmask, !skipVerify, banner, "command line");
            return write(session, record.get(), request, out, spec.commandLine());
        } catch (ActionableException e) {
            err.println("telisik: " + TerminalText.line(e.getMessage(), unmask));
            return 3;
        }
    }

    /**
     * Writes the report through the application's one report use case and says where it went; shared with
     * {@code analyze --report}.
     *
     * @return 0, or 5 when the file could not be written
     */
    static int write(WorkspaceSession session, CaseRecord record, ReportRequest request, Path out, CommandLine cl) {
        try {
            session.reports().write(record, request, out);
        } catch (IOException e) {
            cl.getErr().println("telisik: cannot write the report to " + TerminalText.line(out.toString(), true) + " ("
                    + TerminalText.line(e.getMessage(), true) + "); choose a writable folder for --out.");
            return 5;
        }
        cl.getOut().printf("wrote %s report of case %s to %s%s%n", request.format().id(),
                TerminalText.line(record.name()), TerminalText.line(out.toString(), true),
                request.unmask() ? " (UNMASKED)" : "");
        cl.getOut().flush();
        return 0;
    }
}
