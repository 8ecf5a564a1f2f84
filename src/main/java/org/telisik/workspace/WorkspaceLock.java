package org.telisik.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * Keeps one workspace folder to one holder. Across processes the database file lock excludes and the pid
 * file names the holder; within this process H2 would silently share the open database, so a set of open
 * folders excludes instead.
 */
final class WorkspaceLock {
    private static final Set<Path> OPEN_IN_THIS_PROCESS = new HashSet<>();

    private final Path dir;
    private final PidFile pidFile;

    private WorkspaceLock(Path dir) {
        this.dir = dir;
        this.pidFile = new PidFile(dir);
    }

    /** Creates the folder when new and reserves it for this process. */
    static WorkspaceLock reserve(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create the workspace folder " + dir + " (" + e.getMessage()
                    + "); choose a writable folder with --workspace or TELISIK_WORKSPACE.", e);
        }
        synchronized (OPEN_IN_THIS_PROCESS) {
            if (!OPEN_IN_THIS_PROCESS.add(dir)) {
                throw inUse(dir, "process " + ProcessHandle.current().pid() + " (this one)");
            }
        }
        return new WorkspaceLock(dir);
    }

    /** Names this process as holder, once the database is open. */
    void claim() {
        pidFile.claim();
    }

    /** The error for a database file locked by another process. */
    WorkspaceException inUseByOther() {
        return inUse(dir, pidFile.describeHolder());
    }

    void release() {
        pidFile.release();
        synchronized (OPEN_IN_THIS_PROCESS) {
            OPEN_IN_THIS_PROCESS.remove(dir);
        }
    }

    private static WorkspaceException inUse(Path dir, String holder) {
        return new WorkspaceException("workspace " + dir + " is in use by " + holder
                + "; close that Telisik first, or choose another workspace with --workspace.");
    }
}
