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
     *
     * @return the stored file's id, to {@link #load} it again (a replaced file keeps its id)
     */
    long save(String caseId, FileReport report);

    /** The files of a case in the order they were first imported, rebuilt as reports. */
    List<FileReport> list(String caseId);

    /**
     * Some top-level files of a case, with their archive members, in the order of {@code ids} (as {@link #save}
     * gave them): a run of thousands of files is read back a page at a time. Ids not in the case are left out.
     */
    List<FileReport> load(String caseId, List<Long> ids);

    /** The custody facts of the files of a case (who imported what, when, from where), in import order. */
    List<EvidenceInfo> custody(String caseId);
}
