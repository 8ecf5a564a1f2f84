package org.telisik.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.telisik.core.BuildInfo;
import org.telisik.core.analysis.Analyzer.AnalysisOptions;
import org.telisik.core.authenticity.Overlap;
import org.telisik.core.model.Annotation;
import org.telisik.core.model.AnnotationTarget;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationReport;
import org.telisik.report.Messages;
import org.telisik.report.ReportInput;
import org.telisik.workspace.AuditEntry;
import org.telisik.workspace.Workspace;

/**
 * Gathers what a report of one case shows from the workspace: the stored analysis with its estimate and
 * authenticity, the case details, tags and notes, the newest audit entries, the overlap with earlier cases
 * and, when asked, a fresh verification restricted to the audit log and this case.
 */
final class CaseReportInput {
    static final int AUDIT_LINES = 40;

    private final Workspace ws;
    private final CaseRecord record;
    private final Messages msg;

    CaseReportInput(Workspace ws, CaseRecord record, Messages msg) {
        this.ws = ws;
        this.record = record;
        this.msg = msg;
    }

    /**
     * The audit excerpt and the verification show the workspace as it stood when the report was asked for: the
     * report's own entries (an unmask, the export with the report's hash) come after it, as they must for the
     * export entry, so that the same request on the same workspace gives the same document wherever it is made.
     *
     * @param unmask true to hand out the stored values unmasked (audited as a report export)
     * @param verify true to verify the workspace now, which re-reads originals still at their paths
     */
    ReportInput gather(boolean unmask, boolean verify, Instant now) {
        List<String> excerpt = auditExcerpt();
        // the audit head is Telisik's own hash, never masked: it must come out whole to serve as an anchor; like
        // the excerpt it is the head before this report's own entries (their times differ between two requests)
        String auditHead = ws.audit().head()
                .map(head -> msg.get("source.auditHead", String.valueOf(head.seq()), head.hash())).orElse(null);
        ReportInput.VerifyOutcome verified = verify ? verification(now) : null;
        CaseAnalysisService stored = new CaseAnalysisService(ws, new AnalysisOptions(LocalDate.ofInstant(now, ZoneOffset.UTC), false));
        CaseAnalysis analysis = unmask ? stored.loadUnmasked(record, "report export") : stored.load(record);
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
                .withAudit(excerpt, verified)
                .withOverlap(overlap());
        // the analysis comes masked, its person names with it: the stored files still know them, so the audit
        // lines, notes and verification details (which name files) are masked with those names too
        input = input.withAuditHead(auditHead);
        return unmask ? input : input.shownWith(stored.masking(record.id()));
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
        VerificationReport report = ws.verify();
        List<VerificationItem> relevant = report.items().stream().filter(i -> i.check() == VerificationItem.Check.AUDIT_CHAIN
                || i.check() == VerificationItem.Check.AUDIT_HEAD || record.name().equals(i.caseName())).toList();
        boolean holds = relevant.stream().noneMatch(i -> i.outcome() == VerificationItem.Outcome.BROKEN);
        return new ReportInput.VerifyOutcome(holds, now, relevant);
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
}
