package org.telisik.workspace;

import java.time.Instant;

/**
 * The custody facts of one evidence file as imported into a case.
 *
 * @param path         the path as the analyst gave it (as in the report)
 * @param originalPath absolute path of the original at import; null for archive members or missing files
 * @param modifiedAt   the original's last-modified time at import; null when unknown
 * @param importedBy   the analyst who imported it
 * @param importedAt   first import
 * @param analysedAt   latest analysis
 * @param resultSha256 SHA-256 of the stored analysis result, as recorded in the audit log
 * @param copyStored   true when the workspace's evidence store holds a copy of the content
 */
public record EvidenceInfo(String path, long sizeBytes, String sha256, String md5, String originalPath,
                           Instant modifiedAt, String importedBy, Instant importedAt, Instant analysedAt,
                           String resultSha256, boolean copyStored) {
}
