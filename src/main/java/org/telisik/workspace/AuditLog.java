package org.telisik.workspace;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The append-only audit trail of a workspace. The workspace records its own actions (case created, details
 * changed, analysis started and finished, file saved, claim and results saved, tag, note, export, import) in the
 * same transaction as the action; callers record the actions only they see, such as unmasking or exporting a
 * report. Entries are never changed or removed: each carries the hash of the one before it, so
 * {@link WorkspaceVerifier} detects any edit or deletion.
 */
public interface AuditLog {

    /** Action names callers use; the workspace's own actions are listed in {@link AuditActions}. */
    String UNMASK = "unmask";
    String REPORT_EXPORTED = "report-exported";

    /**
     * Appends an entry by the workspace's analyst, in its own transaction.
     *
     * @param action  short kebab-case name, e.g. {@link #UNMASK}
     * @param caseId  the case acted on, or null
     * @param details facts of the action (JSON-friendly values); never personal data values
     */
    AuditEntry append(String action, String caseId, Map<String, Object> details);

    /** All entries, oldest first. */
    List<AuditEntry> entries();

    /** The entries about one case, oldest first. */
    List<AuditEntry> entries(String caseId);

    /** The newest entry; its hash vouches for the whole log and can be written into a report as an anchor. */
    Optional<AuditEntry> head();
}
