package org.telisik.workspace;

import static org.telisik.core.model.VerificationMessage.number;
import static org.telisik.core.model.VerificationMessage.of;
import static org.telisik.core.model.VerificationMessage.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationKey;
import org.telisik.core.model.VerificationReport;

/**
 * Checks that a workspace still holds up: the audit chain is unbroken and complete, every stored result is
 * the one recorded for its evidence, originals still at their paths are unchanged, evidence copies are intact,
 * masked previews are those recorded, and a case no longer here was deleted by Telisik with an audit entry.
 * It only reads: verifying changes nothing in the workspace or the originals.
 */
public final class WorkspaceVerifier {
    private final H2Workspace workspace;

    public WorkspaceVerifier(H2Workspace workspace) {
        this.workspace = workspace;
    }

    public VerificationReport verify() {
        return verify(List.of());
    }

    /**
     * @param anchors audit head hashes printed in reports or exported cases: each must still be an entry of the
     *                chain, else entries were cut off or rewritten after it (reported as broken)
     */
    public VerificationReport verify(List<String> anchors) {
        List<AuditEntry> entries = workspace.audit().entries();
        List<VerificationItem> items = new ArrayList<>(AuditChainCheck.check(entries, workspace.auditTrail().seal(),
                new AuditHeadFile(workspace.location()).read(), workspace.headFileKept(), anchors));
        List<CaseRecord> cases = workspace.cases().list();
        Set<String> caseIds = cases.stream().map(CaseRecord::id).collect(Collectors.toSet());
        Map<String, AuditEntry> deletions = latest(entries, AuditActions.CASE_DELETED);
        latest(entries, AuditActions.CASE_CREATED).values().stream().filter(e -> !caseIds.contains(e.caseId()))
                .forEach(created -> items.add(gone(created, deletions.get(created.caseId()))));
        for (CaseRecord record : cases) {
            // a case deleted and later imported again answers only for what came after its deletion
            long since = deletions.containsKey(record.id()) ? deletions.get(record.id()).seq() : 0;
            List<AuditEntry> caseEntries = entries.stream().filter(e -> record.id().equals(e.caseId()) && e.seq() > since)
                    .toList();
            items.addAll(new EvidenceChecks(record, workspace.evidenceStore()).check(
                    workspace.evidence().list(record.id()), workspace.evidence().custody(record.id()), caseEntries));
            items.addAll(new CaseRecordChecks(record).check(workspace, record.id(), caseEntries));
            items.addAll(new PreviewChecks(record).check(workspace.storedPreviews(record.id()), caseEntries));
        }
        String head = entries.isEmpty() ? null : entries.get(entries.size() - 1).hash();
        return new VerificationReport(items, head);
    }

    /** The newest entry of {@code action} for each case, in the order of the log. */
    private static Map<String, AuditEntry> latest(List<AuditEntry> entries, String action) {
        Map<String, AuditEntry> latest = new LinkedHashMap<>();
        entries.stream().filter(e -> action.equals(e.action()) && e.caseId() != null).forEach(e -> latest.put(e.caseId(), e));
        return latest;
    }

    /**
     * A case no longer in the workspace: it holds when the log records its deletion after its creation (by Telisik,
     * audited), and is broken when its rows went without that entry.
     */
    private static VerificationItem gone(AuditEntry created, AuditEntry deletion) {
        if (deletion != null && deletion.seq() > created.seq()) {
            return VerificationItem.holds(VerificationItem.Check.STORED_RESULT, of(VerificationKey.DELETED_CASE,
                    text(created.caseId())), of(VerificationKey.CASE_DELETION_RECORDED, number(created.seq()), number(deletion.seq())));
        }
        return VerificationItem.broken(VerificationItem.Check.STORED_RESULT, of(VerificationKey.DELETED_CASE,
                text(created.caseId())), of(VerificationKey.CASE_DELETED, number(created.seq())));
    }
}
