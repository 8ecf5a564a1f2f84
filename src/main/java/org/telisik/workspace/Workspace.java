package org.telisik.workspace;

import java.nio.file.Path;

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
    default AuditLog audit() {
        throw new UnsupportedOperationException("this workspace keeps no audit log");
    }

    /** Examiner tags and notes on files, datasets, columns and findings. */
    default AnnotationRepository annotations() {
        throw new UnsupportedOperationException("this workspace keeps no tags or notes");
    }

    /** The first rows of each stored dataset, for a masked preview. */
    default PreviewRepository previews() {
        throw new UnsupportedOperationException("this workspace keeps no preview rows");
    }

    /** Claims, estimates and authenticity judgements of cases. */
    default CaseResults results() {
        throw new UnsupportedOperationException("this workspace keeps no case results");
    }

    @Override
    void close();
}
