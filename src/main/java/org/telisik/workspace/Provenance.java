package org.telisik.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * Where an evidence file came from, taken from the file system when it is saved: its absolute path and
 * last-modified time. Both are null when the path is not a regular file any more (or never was).
 */
record Provenance(String originalPath, Instant modifiedAt) {
    static final Provenance UNKNOWN = new Provenance(null, null);

    static Provenance of(String path) {
        try {
            Path p = Path.of(path);
            if (!Files.isRegularFile(p)) {
                return UNKNOWN;
            }
            return new Provenance(p.toAbsolutePath().normalize().toString(),
                    Files.getLastModifiedTime(p).toInstant().truncatedTo(ChronoUnit.MICROS));
        } catch (InvalidPathException | IOException | SecurityException e) {
            return UNKNOWN;
        }
    }

    Path originalFile() {
        return originalPath == null ? null : Path.of(originalPath);
    }
}
