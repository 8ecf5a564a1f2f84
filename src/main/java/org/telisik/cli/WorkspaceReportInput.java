package org.telisik.cli;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.telisik.app.CaseAnalysisService;
import org.telisik.core.BuildInfo;
import org.telisik.core.identity.AnalysisMasking;
import org.telisik.core.analysis.Analyzer.AnalysisOptions;
import org.telisik.core.authenticity.Overlap;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.report.Messages;
import org.telisik.report.ReportInput;
import org.telisik.workspace.Annotation;
import org.telisik.workspace.AnnotationTarget;
import org.telisik.workspace.AuditEntry;
import org.telisik.workspace.CaseRecord;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.VerificationItem;
import org.telisik.workspace.VerificationReport;
import org.telisik.workspace.WorkspaceVerifier;

/**
 * Gathers what a report of one case shows from the workspace: the stored analysis with its estimate and
 * authenticity, the case details, tags and notes, the newest audit entries, the overlap with earlier cases
 * and, when asked, a fresh verification restricted to the audit log and this case.
 */
final class WorkspaceReportInput {
    static final int AUDIT_LINES = 40;

    private final H2Workspace ws;
    private final CaseRecord record;
    private final Messages msg;

    WorkspaceReportInput(H2Workspace ws, CaseRecord record, Messages msg) {
        this.ws = ws;
        this.record = record;
        this.msg = msg;
    }

    /**
     * @param unmask true to hand out the stored values unmasked (the analysis service audits that)
     * @param verify true to verify the workspace now, which re-reads originals still at their paths
     */
    ReportInput gather(boolean unmask, boolean verify, Instant now) {
        CaseAnalysis analysis = new CaseAnalysisService(ws, new AnalysisOptions(java.time.LocalDate.now(), unmask))
                .load(record);
        List<ReportInput.Note> notes = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        if (record.notes() != null && !record.notes().isBlank()) {
            notes.add(new ReportInput.Note(record.createdAt(), record.analyst(), msg.get("source.caseSubject"), record.notes()));
        }
        for (Annotation a : ws.annotations().list(record.id())) {
            if (a.kind() == Annotation.Kind.TAG) {
                tags.add(a.text());
            } else {
                notes.add(new ReportInput.Note(a.createdAt(), a.author(), subject(a.target()), a.text()));
            }
        }
        ReportInput input = ReportInput.of(analysis, BuildInfo.version(), now)
                .withCaseMetadata(new ReportInput.CaseMetadata(record.caseNumber(), record.analyst(), null))
                .withNotesAndTags(notes, tags)
                .withAudit(auditExcerpt(), verify ? verification(now) : null)
                .withOverlap(overlap());
        // the analysis comes masked, its person names with it: the stored files still know them, so the audit
        // lines, notes and verification details (which name files) are masked with those names too
        // the audit head is Telisik's own hash, never masked: it must come out whole to serve as an anchor
        input = input.withAuditHead(ws.audit().head()
                .map(head -> msg.get("source.auditHead", String.valueOf(head.seq()), head.hash())).orElse(null));
        return unmask ? input : input.shownWith(AnalysisMasking.of(ws.evidence().list(record.id())));
    }

    private String subject(AnnotationTarget t) {
        if (t.finding() != null) {
            return msg.get("source.findingSubject", t.finding());
        }
        StringBuilder sb = new StringBuilder(t.filePath() == null ? "" : t.filePath());
        for (String part : new String[] {t.dataset(), t.column()}) {
            if (part != null) {
                sb.append(" \u203a ").append(part);
            }
        }
        return sb.toString();
    }

    private List<String> auditExcerpt() {
        List<AuditEntry> entries = ws.audit().entries(record.id());
        List<String> lines = new ArrayList<>();
        int from = Math.max(0, entries.size() - AUDIT_LINES);
        if (from > 0) {
            lines.add(msg.get("source.auditTruncated", msg.number(from)));
        }
        for (AuditEntry e : entries.subList(from, entries.size())) {
            lines.add("#" + e.seq() + "  " + msg.time(e.at()) + "  " + e.analyst() + "  " + e.action() + "  " + e.detail());
        }
        return lines;
    }

    private ReportInput.VerifyOutcome verification(Instant now) {
        VerificationReport report = new WorkspaceVerifier(ws).verify();
        String mine = "case " + record.name() + ":";
        List<VerificationItem> relevant = report.items().stream().filter(i -> i.check() == VerificationItem.Check.AUDIT_CHAIN
                || i.check() == VerificationItem.Check.AUDIT_HEAD || i.subject().startsWith(mine)).toList();
        boolean holds = relevant.stream().noneMatch(i -> i.outcome() == VerificationItem.Outcome.BROKEN);
        List<String> lines = relevant.stream()
                .map(i -> "[" + i.outcome() + "] " + i.subject() + ": " + i.detail()).toList();
        return new ReportInput.VerifyOutcome(holds, now, lines);
    }

    private List<String> overlap() {
        if (!ws.fingerprints().hasEarlierCases(record.id())) {
            return List.of(msg.get("source.noEarlierCases"));
        }
        List<String> lines = new ArrayList<>();
        for (Overlap o : ws.fingerprints().overlapWithEarlierCases(record.id())) {
            if (o.seenBefore() == 0) {
                continue;
            }
            List<String> cases = o.byCase().stream().map(c -> c.caseName() + " (" + msg.number(c.shared()) + ")").toList();
            lines.add(msg.get("source.overlapLine", o.type().id(), msg.number(o.seenBefore()), msg.number(o.identifiers()),
                    msg.percent(o.share()), String.join(", ", cases)));
        }
        return lines;
    }

    /** Settings that shaped this report, for its case section. */
    static Map<String, String> settings(String format, String language, boolean unmask, boolean verify) {
        return Map.of("report.format", format, "report.language", language,
                "report.personalData", unmask ? "unmasked" : "masked", "report.verifyWorkspace", Boolean.toString(verify));
    }
}
