package org.telisik.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A closed workspace folder copied whole, so that each kill of a crash test starts from the same state. */
final class WorkspaceCopies {
    private WorkspaceCopies() {
    }

    static Path copy(Path pristine, Path target) throws IOException {
        try (Stream<Path> all = Files.walk(pristine)) {
            for (Path p : all.toList()) {
                Path to = target.resolve(pristine.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        return target;
    }
}
