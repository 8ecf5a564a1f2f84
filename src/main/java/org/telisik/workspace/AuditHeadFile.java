package org.telisik.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The newest audit entry's number and hash, kept in a small file beside the database. A hash chain alone
 * cannot show that its newest entries were cut off; this copy outside the database can. It is written after
 * the database commits, so after a crash it may lag behind (still a valid ancestor), never run ahead.
 */
final class AuditHeadFile {
    static final String NAME = "audit-head.txt";

    /** Sequence number and hash of the entry the file names. */
    record Head(long seq, String hash) {
    }

    private final Path file;

    AuditHeadFile(Path folder) {
        this.file = folder.resolve(NAME);
    }

    /** @return true when the file now names {@code head}; false when it could not be written */
    boolean write(AuditEntry head) {
        try {
            Path tmp = file.resolveSibling(NAME + ".tmp");
            Files.writeString(tmp, head.seq() + " " + head.hash() + "\n", StandardCharsets.US_ASCII);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException e) {
            // without the file, verify can still check the chain itself, only not a cut-off tail
            return false;
        }
    }

    /** Whether anything is at the file's path (even a file that cannot be read as a head). */
    boolean exists() {
        return Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS);
    }

    /** The head recorded, empty when the file is missing (new workspace) or unreadable. */
    Optional<Head> read() {
        try {
            String[] parts = SmallFile.firstLine(file, 256).trim().split(" ");
            return parts.length == 2 ? Optional.of(new Head(Long.parseLong(parts[0]), parts[1])) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
