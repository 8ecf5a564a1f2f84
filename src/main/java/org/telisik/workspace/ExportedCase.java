package org.telisik.workspace;

import java.nio.file.Path;

/**
 * A portable case archive as written.
 *
 * @param sha256         SHA-256 of the archive file, also recorded in the audit log of the exporting workspace
 * @param evidenceCopies how many evidence files travel inside the archive (the others only as their analysis)
 */
public record ExportedCase(Path archive, String sha256, int files, int evidenceCopies) {
}
