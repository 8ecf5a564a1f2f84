package org.telisik.workspace;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import org.telisik.core.model.CaseRecord;

/**
 * Moves a case between workspaces as one zip archive: {@code case.json} (the case's rows), {@code audit.json}
 * (its audit entries, for provenance), {@code evidence/sha256/<hash>} (evidence copies, decrypted) and
 * {@code SHA256SUMS}. Both directions are recorded in the audit log with the archive's SHA-256. The archive
 * itself is not encrypted: it holds what the case holds, so handle it as evidence.
 */
public final class PortableCases {
    private final H2Workspace workspace;

    public PortableCases(H2Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * Writes the case into {@code archive} (replaced when it exists).
     *
     * @throws WorkspaceException when there is no such case or the archive cannot be written
     */
    public ExportedCase exportCase(String caseId, Path archive) {
        return exportCase(caseId, archive, done -> { });
    }

    /** @param progress receives the share done, 0 to 1 */
    public ExportedCase exportCase(String caseId, Path archive, DoubleConsumer progress) {
        return new CaseExporter(workspace).export(caseId, archive, progress);
    }

    /**
     * Imports the case of {@code archive} with its original id and name, after checking every hash.
     *
     * @throws WorkspaceException when a hash does not match (nothing is imported), or the case or a case of
     *                            that name is already in this workspace
     */
    public CaseRecord importCase(Path archive) {
        return importCase(archive, done -> { });
    }

    /** @param progress receives the share done, 0 to 1 */
    public CaseRecord importCase(Path archive, DoubleConsumer progress) {
        return new CaseImporter(workspace).importFrom(archive, progress);
    }
}
