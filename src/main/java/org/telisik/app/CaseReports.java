package org.telisik.app;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import org.telisik.core.OwnerOnlyFiles;
import org.telisik.core.model.CaseRecord;
import org.telisik.report.Messages;
import org.telisik.report.ReportInput;
import org.telisik.report.ReportWriter;
import org.telisik.workspace.AuditLog;
import org.telisik.workspace.Workspace;

/**
 * Writes the evidence report of a stored case: the one implementation behind {@code telisik report},
 * {@code analyze --report} and the desktop's export, so that the three give the same document. The file is
 * written beside its target and moved into place (a failure leaves no half report); on Linux and macOS it is
 * readable by its owner only. Its SHA-256 goes into the audit trail with the format, language and masking.
 */
public final class CaseReports {
    private final Workspace workspace;
    private final Clock clock;

    CaseReports(Workspace workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /**
     * @throws IOException when the report cannot be written to {@code out} (nothing is left behind)
     */
    public WrittenReport write(CaseRecord record, ReportRequest request, Path out) throws IOException {
        Instant now = clock.instant();
        ReportInput input = new CaseReportInput(workspace, record, Messages.of(request.language()))
                .gather(request.unmask(), request.verify(), now)
                .withSettings(request.settings())
                .withBanner(request.banner())
                .withUnmasked(request.unmask());
        Path target = out.toAbsolutePath();
        String sha256 = write(request, input, target);
        audit(record.id(), request, target, sha256);
        return new WrittenReport(target, sha256);
    }

    /** The export goes into the audit trail with the report's hash (the unmasking was audited when loaded). */
    private void audit(String caseId, ReportRequest request, Path target, String sha256) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", request.format().id());
        details.put("language", request.language().tag());
        details.put("file", target.toString());
        details.put("sha256", sha256);
        details.put("masked", !request.unmask());
        details.put("by", request.by());
        workspace.audit().append(AuditLog.REPORT_EXPORTED, caseId, details);
    }

    /** The file is owner-only from its creation, so an unmasked report is never readable by others. */
    private static String write(ReportRequest request, ReportInput input, Path target) throws IOException {
        Path temp = OwnerOnlyFiles.createTemp(target.getParent(), ".telisik-report-", ".part");
        try {
            MessageDigest sha;
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java runtime has SHA-256", e);
            }
            try (OutputStream os = new DigestOutputStream(Files.newOutputStream(temp), sha)) {
                new ReportWriter(request.language()).write(request.format(), input, os);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return HexFormat.of().formatHex(sha.digest());
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
