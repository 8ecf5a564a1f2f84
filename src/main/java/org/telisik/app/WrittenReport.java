package org.telisik.app;

import java.nio.file.Path;

/** A report as written: where it is and its SHA-256 (hex), both also in the audit trail. */
public record WrittenReport(Path file, String sha256) {
}
