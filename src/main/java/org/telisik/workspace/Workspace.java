package org.telisik.workspace;

import java.nio.file.Path;

/**
 * An analyst's workspace: one embedded database holding cases and what was learnt about their evidence.
 * Open it with {@link H2Workspace#open(Path)}; close it to release the database file.
 */
public interface Workspace extends AutoCloseable {

    /** The folder that holds the workspace. */
    Path location();

    CaseRepository cases();

    EvidenceRepository evidence();

    /** Keyed hashes of each case's identifiers, to recognise recycled samples. */
    IdentifierFingerprintRepository fingerprints();

    @Override
    void close();
}
