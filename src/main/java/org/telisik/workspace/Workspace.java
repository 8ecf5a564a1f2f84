package org.telisik.workspace;

import java.nio.file.Path;
import org.telisik.core.model.VerificationReport;

/**
 * An analyst's workspace: one embedded database holding cases and what was learnt about their evidence,
 * with an audit log of every action. Open it with {@link H2Workspace#open(Path)} or
 * {@link H2Workspace#open(Path, WorkspaceOptions)}; close it to release the database file.
 */
public interface Workspace extends AutoCloseable {

    /** The folder that holds the workspace. */
    Path location();

    CaseRepository cases();

    EvidenceRepository evidence();

    /** Keyed hashes of each case's identifiers, to recognise recycled samples. */
    IdentifierFingerprintRepository fingerprints();

    /** The hash-chained log of every action in this workspace. */
    AuditLog audit();

    /** Examiner tags and notes on files, datasets, columns and findings. */
    AnnotationRepository annotations();

    /** The first rows of each stored dataset, for a masked preview. */
    PreviewRepository previews();

    /** Claims, estimates and authenticity judgements of cases. */
    CaseResults results();

    /**
     * Checks the chain of custody (audit chain and head, stored results, originals still in place, evidence
     * copies, previews); changes nothing.
     */
    VerificationReport verify();

    /**
     * {@link #verify()}, and each anchor (an audit head printed in a report or exported case) must still be an
     * entry of the audit log, else the log was cut back or rewritten after it.
     */
    VerificationReport verify(java.util.List<String> anchors);

    /** Moving a case to or from another workspace as one archive. */
    PortableCases portable();

    @Override
    void close();
}
