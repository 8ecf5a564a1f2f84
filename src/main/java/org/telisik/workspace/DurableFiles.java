package org.telisik.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/** The file-system steps of a set-up that must reach the disk, or be undone, whatever happens around them. */
final class DurableFiles {
    private DurableFiles() {
    }

    /** Forces a file's (or on Linux a folder's) content to the disk; where a folder cannot be opened, skipped. */
    static void sync(Path path) {
        try (FileChannel channel = FileChannel.open(path, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename itself
        }
    }

    /** Removes a folder and everything in it, as far as possible; what is left is removed at the next open. */
    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // a staging folder that cannot be removed now is removed at the next open
        }
    }
}
