package org.telisik.core.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Turns the paths an analyst gave into the files to analyse: in the order given, folders as their files sorted by path. */
public final class PathExpander {
    private PathExpander() {
    }

    /** Paths that do not exist are kept so that the analysis reports them as errors instead of hiding them. */
    public static List<Path> expand(List<Path> given) {
        List<Path> files = new ArrayList<>();
        for (Path p : given) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot list folder " + p, e);
                }
            } else {
                files.add(p);
            }
        }
        return files;
    }
}
