package org.telisik.workspace;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;

/**
 * The id of the process that holds a workspace open, written next to the database so that a second
 * process can tell the analyst which one to close. The database file lock is what really excludes; this
 * file only names the holder.
 */
final class PidFile {
    static final String NAME = "telisik.pid";

    private final Path file;

    PidFile(Path folder) {
        this.file = folder.resolve(NAME);
    }

    /** Records this process as the holder; a failure to write only costs the name in a later message. */
    void claim() {
        try {
            Files.writeString(file, Long.toString(ProcessHandle.current().pid()), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            // the lock still holds without the file; the in-use message then says "another process"
        }
    }

    /** The holder named in the file, when the file exists and holds a number. */
    OptionalLong holder() {
        try {
            return OptionalLong.of(Long.parseLong(SmallFile.firstLine(file, 32).trim()));
        } catch (IOException | NumberFormatException e) {
            return OptionalLong.empty();
        }
    }

    /** Removes the file when this process still owns it (never another holder's file). */
    void release() {
        if (holder().orElse(-1) == ProcessHandle.current().pid()) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // a stale pid file is harmless: the next holder overwrites it
            }
        }
    }

    /** "process 1234", or "another process" when the holder is unknown. */
    String describeHolder() {
        OptionalLong pid = holder();
        return pid.isPresent() ? "process " + pid.getAsLong() : "another process";
    }
}
