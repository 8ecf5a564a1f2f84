package org.telisik.app;

import java.nio.file.Path;

/**
 * A portable case archive as written.
 *
 * @param sha256         SHA-256 of the archive file, also in the exporting workspace's audit trail
 * @param files          how many evidence files the case holds
 * @param evidenceCopies how many of them travel inside the archive (the others only as their analysis)
 */
public record CaseArchive(Path archive, String sha256, int files, int evidenceCopies) {
}
