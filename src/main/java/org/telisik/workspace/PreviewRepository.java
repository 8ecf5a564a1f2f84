package org.telisik.workspace;

import java.util.List;
import java.util.Optional;
import org.telisik.core.model.DatasetPreview;

/**
 * The stored first rows of each dataset of a case, for a preview. Values are kept as read, like column
 * examples, and are protected as the rest of the workspace is (an encrypted workspace encrypts them); whoever
 * shows them masks them. A preview belongs to its stored dataset: when a re-analysis replaces the dataset, the
 * old preview goes with it.
 */
public interface PreviewRepository {

    /**
     * Stores the previews of datasets already saved in the case (see {@link EvidenceRepository#save}), replacing
     * earlier previews of the same datasets, in one transaction audited as {@link AuditActions#PREVIEW_SAVED}
     * with a hash of what was stored (never the values). A preview whose dataset is not stored is skipped.
     *
     * @return how many previews were stored
     */
    int save(String caseId, List<DatasetPreview> previews);

    /** The preview of one stored dataset; empty when none was stored (e.g. a case analysed before previews). */
    Optional<DatasetPreview> find(String caseId, String filePath, String fileSha256, int datasetIndex);

    /** Every stored preview of a case, files in import order. */
    List<DatasetPreview> list(String caseId);
}
