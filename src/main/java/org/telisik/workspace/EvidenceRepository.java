package org.telisik.workspace;

import java.util.List;
import org.telisik.core.model.FileReport;

/**
 * The evidence files of a case, each with everything its analysis found (datasets, columns, entries). Each
 * save is recorded in the workspace's {@link AuditLog} with the hash of the stored result.
 */
public interface EvidenceRepository {

    /**
     * Stores the analysis of one file in a case, in one transaction. A file already stored in the case with
     * the same path and SHA-256 is replaced by the new analysis, never duplicated. When the workspace keeps
     * evidence copies, the original is copied (read only) into its evidence store first.
     */
    void save(String caseId, FileReport report);

    /** The files of a case in the order they were first imported, rebuilt as reports. */
    List<FileReport> list(String caseId);

    /** The custody facts of the files of a case (who imported what, when, from where), in import order. */
    List<EvidenceInfo> custody(String caseId);
}
