package org.telisik.app;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import org.telisik.core.model.CaseRecord;
import org.telisik.workspace.ExportedCase;
import org.telisik.workspace.PortableCases;

/**
 * Moves a case between workspaces as one zip archive (its rows, tags and notes, previews, audit entries and
 * evidence copies, each listed with its SHA-256). Both directions are audited with the archive's hash. An import
 * is all or nothing: every check runs before anything is written, and a failure names what is wrong.
 */
public final class PortableCaseTransfer {
    private final PortableCases cases;

    PortableCaseTransfer(PortableCases cases) {
        this.cases = cases;
    }

    /**
     * Writes the case into {@code archive} (replaced when it exists; never half-written).
     *
     * @param progress receives the share done, 0 to 1, from the working thread
     * @throws org.telisik.core.model.ActionableException when there is no such case or the archive cannot be written
     */
    public CaseArchive exportCase(String caseId, Path archive, DoubleConsumer progress) {
        ExportedCase written = cases.exportCase(caseId, archive, progress);
        return new CaseArchive(written.archive(), written.sha256(), written.files(), written.evidenceCopies());
    }

    /**
     * Imports the case of {@code archive} with its original id and name.
     *
     * @param progress receives the share done, 0 to 1, from the working thread
     * @throws org.telisik.core.model.ActionableException when the archive is malformed, too large, damaged or its
     *                                                     case (or a case of that name) is already here; nothing
     *                                                     was written then
     */
    public CaseRecord importCase(Path archive, DoubleConsumer progress) {
        return cases.importCase(archive, progress);
    }
}
