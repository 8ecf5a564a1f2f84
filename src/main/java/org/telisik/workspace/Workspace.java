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

    /**
     * Rewrites the workspace's file to the size of what it holds, audited; the workspace stays open. Reads
     * running meanwhile may fail; the time grows with what the workspace holds.
     */
    Compaction compact();

    /**
     * Runs {@code work} as one transaction of this workspace: every save it makes (each still audited, the
     * entries chained in order) commits together when it returns, or none does when it throws. Many small saves
     * in one batch cost one commit instead of one each, which keeps the database file small and the import fast.
     * A workspace without transactions simply runs the work.
     */
    default void inOneTransaction(String what, Runnable work) {
        work.run();
    }

    @Override
    void close();
}
