package org.telisik.testdata;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Files that are not regular files, as a hostile evidence folder may hold them. */
public final class SpecialFiles {
    private SpecialFiles() {
    }

    /** Creates a FIFO with the system's mkfifo (tests may run programs; the application never does). */
    public static Path fifo(Path path) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        if (!p.waitFor(10, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException("mkfifo " + path + " failed");
        }
        return path;
    }
}
