package org.telisik.workspace;

import java.util.List;
import java.util.Optional;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.CaseStatus;

/**
 * Cases of a workspace. Names are unique within a workspace. Every change is recorded in the workspace's
 * {@link AuditLog} in the same transaction.
 */
public interface CaseRepository {

    /** Creates a new case; fails with {@link WorkspaceException} when the name is taken. */
    CaseRecord create(String name);

    /** The case of this name, created when it does not exist yet. */
    CaseRecord findOrCreate(String name);

    Optional<CaseRecord> findById(String id);

    Optional<CaseRecord> findByName(String name);

    /** All cases, newest first. */
    List<CaseRecord> list();

    /**
     * Sets the examiner's details of a case (each null to clear it) and returns the updated case.
     *
     * @throws WorkspaceException when there is no such case
     */
    CaseRecord updateDetails(String caseId, String caseNumber, String analyst, String notes);

    /**
     * Marks the case {@link CaseStatus#INCOMPLETE} before an analysis stores its first file; it stays so when
     * the analysis is cancelled or the process dies, until {@link #markAnalysisFinished} is called.
     * Fails with {@link WorkspaceException} when the case is closed.
     *
     * @param fileCount how many files the analysis was given (recorded in the audit log)
     */
    void markAnalysisStarted(String caseId, int fileCount);

    /** Marks the case {@link CaseStatus#COMPLETE} once every file of the analysis is stored. */
    void markAnalysisFinished(String caseId);

    /**
     * Gives a case a new display name (its id stays), audited with the old and the new name.
     *
     * @throws WorkspaceException when there is no such case, the name is blank or another case has it
     */
    CaseRecord rename(String caseId, String newName);

    /**
     * Closes a case: it stays readable and exportable, but {@link #markAnalysisStarted} refuses new imports
     * until {@link #reopen}. Audited; closing a closed case changes nothing.
     *
     * @throws WorkspaceException when there is no such case
     */
    CaseRecord close(String caseId);

    /** Opens a closed case again for imports. Audited; reopening an open case changes nothing. */
    CaseRecord reopen(String caseId);

    /**
     * Deletes the case and everything stored about it (files' results, previews, claims, results, tags and notes,
     * fingerprints) in one transaction with its audit entry, then the evidence copies no other case uses. The
     * originals are never touched; the case's audit entries stay in the chain.
     *
     * @throws WorkspaceException when there is no such case
     */
    CaseDeletion delete(String caseId);
}
