package org.telisik.workspace;

import java.util.List;
import org.telisik.core.model.AnnotationTarget;
import org.telisik.core.model.Attribution;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.CombinedMisfit;
import org.telisik.core.model.DatasetPreview;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.Timeline;

/**
 * The rows of one case as written into a portable archive ({@code case.json}). Times are ISO-8601 text.
 *
 * @param format          1 for this layout
 * @param sourceAuditHead hash of the exporting workspace's newest audit entry, to tie the archive to it
 * @param closedAt        when the case was closed, null while open (and in archives written before cases closed)
 * @param previews        the stored first rows of each dataset (null in archives written before previews)
 * @param combined        the datasets combined across the case's files by its last analysis, as stored (values as
 *                        read, like the files' results: what shows them masks them); null in older archives
 * @param misfits         the files and datasets that analysis did not combine, and why; null in older archives
 * @param attribution     the candidate source systems as stored ({@code []}: none fits); null in archives written
 *                        before they travelled, and the importing workspace then finds them from the files again
 * @param timeline        when the data was taken, as stored (its newest identifier was found in every record, which
 *                        the archive does not hold); null when none was stored or in older archives
 */
record PortableCase(int format, String id, String name, String createdAt, String caseNumber, String analyst, String notes,
                    String status, List<File> files, Estimate.Claim claim, Estimate estimate, Authenticity authenticity,
                    List<Note> annotations, String exportedAt, String exportedBy, String sourceAuditHead,
                    String closedAt, List<DatasetPreview> previews, List<DatasetProfile> combined,
                    List<CombinedMisfit> misfits, List<Attribution> attribution, Timeline timeline) {
    static final int FORMAT = 1;

    /** One evidence file: its analysis and its custody facts. */
    record File(FileReport report, String originalPath, String modifiedAt, String importedBy, String importedAt,
                String resultSha256) {
    }

    /** One tag or note. */
    record Note(String kind, AnnotationTarget target, String text, String author, String createdAt) {
    }
}
