package org.telisik.workspace;

import java.util.List;
import org.telisik.core.model.FileReport;

/** The evidence files of a case, each with everything its analysis found (datasets, columns, entries). */
public interface EvidenceRepository {

    /**
     * Stores the analysis of one file in a case, in one transaction. A file already stored in the case with
     * the same path and SHA-256 is replaced by the new analysis, never duplicated.
     */
    void save(String caseId, FileReport report);

    /** The files of a case in the order they were first imported, rebuilt as reports. */
    List<FileReport> list(String caseId);
}
