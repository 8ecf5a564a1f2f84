package org.telisik.core.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.telisik.core.model.FileError;

/**
 * Turns the paths an analyst gave into the files to analyse: in the order given, folders as their files sorted by
 * path. Nothing outside what was given is reached: symbolic links are never followed (a link to /etc/passwd in a
 * leak folder stays a link) and special files (FIFOs, devices, sockets) are never opened; both are listed as
 * skipped with the reason, as are folders that cannot be listed, and the walk goes on with the rest.
 */
public final class PathExpander {
    private PathExpander() {
    }

    /**
     * One path to analyse, or one passed over.
     *
     * @param skipped why the path was not read, null when it is to be read
     */
    public record Found(Path path, FileError skipped) {
        public boolean toRead() {
            return skipped == null;
        }
    }

    /**
     * Every path the given ones lead to, those to read and those skipped, in the order the analysis reports them.
     * Paths that do not exist are kept to read, so that the analysis reports them as errors instead of hiding them.
     */
    public static List<Found> walk(List<Path> given) {
        List<Found> found = new ArrayList<>();
        for (Path p : given) {
            if (Files.isSymbolicLink(p)) {
                found.add(new Found(p, SkipReasons.symbolicLink(p)));
            } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                found.addAll(folder(p));
            } else if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                found.add(new Found(p, SkipReasons.specialFile(p)));
            } else {
                found.add(new Found(p, null));
            }
        }
        return found;
    }

    /** The paths to read only (for sizes and samples; the analysis itself reports the skipped ones too). */
    public static List<Path> expand(List<Path> given) {
        return walk(given).stream().filter(Found::toRead).map(Found::path).toList();
    }

    private static List<Found> folder(Path root) {
        List<Found> found = new ArrayList<>();
        try {
            // no FOLLOW_LINKS: a link is visited as the link itself, whatever it points to
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (attrs.isSymbolicLink()) {
                        found.add(new Found(file, SkipReasons.symbolicLink(file)));
                    } else if (attrs.isRegularFile()) {
                        found.add(new Found(file, null));
                    } else if (!attrs.isDirectory()) {
                        found.add(new Found(file, SkipReasons.specialFile(file)));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    found.add(new Found(file, SkipReasons.unreadable(file, e)));
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    if (e != null) {
                        found.add(new Found(dir, SkipReasons.unreadableFolder(dir, e)));
                    }
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException | RuntimeException e) {
            // the visitor never throws; this is the file system failing under the walk itself
            found.add(new Found(root, SkipReasons.unreadableFolder(root, e)));
        }
        found.sort(Comparator.comparing(Found::path));
        return found;
    }
}
