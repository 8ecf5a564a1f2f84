package org.telisik.app;

import org.telisik.workspace.CaseDeletion;
import org.telisik.workspace.CaseRepository;
import org.telisik.workspace.EvidenceRepository;

/**
 * The use case behind {@code telisik case delete} and Edit ▸ Delete case: removes a case with everything stored
 * about it, as one transaction with the audit entry that records who deleted it, when, its name, how many files it
 * held and their SHA-256. A kill at any instant leaves the whole case or none of it. The originals are never
 * touched; the evidence copies only this case used go with it. The case's earlier audit entries stay, so the chain
 * still verifies and says that the case was deleted; its data stays in the workspace file's free space until the
 * file is compacted, which the workspace does on close (when quick) or on demand.
 */
public final class CaseDeleter {
    private final CaseRepository cases;
    private final EvidenceRepository evidence;

    CaseDeleter(CaseRepository cases, EvidenceRepository evidence) {
        this.cases = cases;
        this.evidence = evidence;
    }

    /** How many files the case holds (archive members not counted), for the confirmation that names them. */
    public int fileCount(String caseId) {
        return evidence.custody(caseId).size();
    }

    /**
     * What a deletion removed.
     *
     * @param files          the case's files (archive members not counted)
     * @param evidenceCopies copies in the workspace's evidence store removed with it
     * @param auditEntry     the number of the audit entry that records the deletion
     */
    public record Deleted(String caseId, String name, int files, int evidenceCopies, long auditEntry) {
    }

    /**
     * Deletes the case now; there is no undo (an exported case archive can be imported again).
     *
     * @throws org.telisik.core.model.ActionableException when there is no such case or the workspace cannot be written
     */
    public Deleted delete(String caseId) {
        CaseDeletion done = cases.delete(caseId);
        return new Deleted(done.caseId(), done.name(), done.files(), done.evidenceCopies(), done.auditSeq());
    }
}
