package org.telisik.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.telisik.core.OwnerOnlyFiles;
import org.telisik.report.Messages;
import org.telisik.report.ReportFormat;
import org.telisik.report.ReportInput;
import org.telisik.report.ReportLanguage;
import org.telisik.report.ReportWriter;
import org.telisik.workspace.AuditLog;
import org.telisik.workspace.CaseRecord;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.WorkspaceException;
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
        try (H2Workspace ws = workspace.open()) {
            Optional<CaseRecord> record = ws.cases().findById(caseRef).or(() -> ws.cases().findByName(caseRef));
            if (record.isEmpty()) {
                err.println("telisik: no case '" + TerminalText.line(caseRef) + "' in workspace " + ws.location()
                        + "; give a case id or name that 'telisik analyze --case NAME' created.");
                return 4;
            }
            ReportInput input = new WorkspaceReportInput(ws, record.get(), Messages.of(language))
                    .gather(unmask, !skipVerify, Instant.now())
                    .withSettings(WorkspaceReportInput.settings(reportFormat.id(), language.tag(), unmask, !skipVerify))
                    .withBanner(banner)
                    .withUnmasked(unmask);
            String sha256 = write(reportFormat, language, input);
            record(ws, record.get().id(), reportFormat, language, sha256);
        } catch (WorkspaceException e) {
            err.println("telisik: " + TerminalText.line(e.getMessage(), unmask));
            return 3;
        } catch (IOException e) {
            err.println("telisik: cannot write the report to " + TerminalText.line(out.toString(), true) + " ("
                    + TerminalText.line(e.getMessage(), true)
                    + "); choose a writable folder for --out.");
            return 5;
        }
        spec.commandLine().getOut().printf("wrote %s report of case %s to %s%s%n", reportFormat.id(),
                TerminalText.line(caseRef), TerminalText.line(out.toString(), true),
                unmask ? " (UNMASKED)" : "");
        spec.commandLine().getOut().flush();
        return 0;
    }

    /** The export goes into the audit trail with the report's hash (the unmasking was audited when loaded). */
    private void record(H2Workspace ws, String caseId, ReportFormat reportFormat, ReportLanguage language, String sha256) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", reportFormat.id());
        details.put("language", language.tag());
        details.put("file", out.toAbsolutePath().toString());
        details.put("sha256", sha256);
        details.put("masked", !unmask);
        ws.audit().append(AuditLog.REPORT_EXPORTED, caseId, details);
    }

    /**
     * Writes next to the target and moves into place, so a failed run never leaves half a report behind; the file
     * is owner-only from its creation (it may hold personal data in full).
     *
     * @return the SHA-256 (hex) of the report file
     */
    private String write(ReportFormat reportFormat, ReportLanguage language, ReportInput input) throws IOException {
        Path target = out.toAbsolutePath();
        Path temp = OwnerOnlyFiles.createTemp(target.getParent(), ".telisik-report-", ".part");
        try {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
            try (OutputStream os = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                new ReportWriter(language).write(reportFormat, input, os);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return HexFormat.of().formatHex(sha.digest());
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
