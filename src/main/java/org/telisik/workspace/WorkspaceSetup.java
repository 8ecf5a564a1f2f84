package org.telisik.workspace;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Creates and migrates a workspace database so that a kill at any instant leaves either the state before or the
 * state after, never a half-built schema (H2 commits each DDL statement, so a script cut short stays half-applied).
 * Both are built in a staging folder inside the workspace folder: a new database from nothing, a migration on a
 * copy of the database; only a complete, closed and synced database is renamed over {@code telisik.mv.db}, in
 * one atomic step. A staging folder left by a killed run is discarded on the next open and reported through
 * {@link #discarded()}. A lock file keeps a second process out while this happens.
 */
final class WorkspaceSetup implements AutoCloseable {
    static final String STAGING_PREFIX = ".staging-";
    static final String LOCK_FILE = "telisik.setup.lock";
    private static final String CREATE = "create";
    private static final String MIGRATE = "migrate";

    /** Each step of a set-up, named; the crash tests pause a child JVM here to kill it at that very step. */
    static volatile Consumer<String> steps = step -> { };

    private final Path dir;
    private final FileChannel lockChannel;
    private final List<String> discarded = new ArrayList<>();

    private WorkspaceSetup(Path dir, FileChannel lockChannel) {
        this.dir = dir;
        this.lockChannel = lockChannel;
    }

    /** Takes the set-up lock of {@code dir} and discards what a killed set-up left behind. */
    static WorkspaceSetup begin(Path dir, WorkspaceLock lock) {
        FileChannel channel = null;
        try {
            channel = FileChannel.open(dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock held = channel.tryLock();
            if (held == null) {
                throw lock.inUseByOther();
            }
            WorkspaceSetup setup = new WorkspaceSetup(dir, channel);
            setup.discardLeftovers();
            return setup;
        } catch (IOException | OverlappingFileLockException | WorkspaceException e) {
            closeQuietly(channel);
            throw e instanceof WorkspaceException w ? w : new WorkspaceException("Cannot prepare the workspace " + dir
                    + " (" + e.getMessage() + "); check that its folder is writable.", e);
        }
    }

    /** What was discarded on the way in: "create" or "migrate", one per set-up a kill had cut short. */
    List<String> discarded() {
        return List.copyOf(discarded);
    }

    /**
     * The workspace database, created or brought up to date first when needed.
     *
     * @param connect opens the database in a folder (the workspace's or a staging folder)
     * @param prepare brings a database to the newest schema and seals what the schema change requires
     */
    Database open(Function<Path, Database> connect, Consumer<Database> prepare) {
        Path live = dir.resolve(H2Workspace.DATABASE_NAME + ".mv.db");
        if (!Files.exists(live)) {
            build(CREATE, null, connect, prepare);
            return connect.apply(dir);
        }
        Database database = connect.apply(dir);
        if (SchemaMigration.upToDate(database)) {
            return database;
        }
        database.close();
        try {
            build(MIGRATE, live, connect, prepare);
        } catch (WorkspaceException e) {
            throw new WorkspaceException(e.getMessage() + " The workspace was left as it was: the update ran on a copy,"
                    + " which was removed.", e);
        }
        return connect.apply(dir);
    }

    private void build(String kind, Path copyOf, Function<Path, Database> connect, Consumer<Database> prepare) {
        Path staging = dir.resolve(STAGING_PREFIX + kind + "-" + ProcessHandle.current().pid());
        Path staged = staging.resolve(H2Workspace.DATABASE_NAME + ".mv.db");
        try {
            Files.createDirectories(staging);
            steps.accept(kind + ": staging folder made");
            if (copyOf != null) {
                Files.copy(copyOf, staged, StandardCopyOption.COPY_ATTRIBUTES);
                steps.accept(kind + ": database copied");
            }
            Database database = connect.apply(staging);
            try {
                prepare.accept(database);
                steps.accept(kind + ": schema ready");
            } finally {
                database.shutdown();
            }
            DurableFiles.sync(staged);
            steps.accept(kind + ": staged database closed");
            Files.move(staged, dir.resolve(staged.getFileName()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            DurableFiles.sync(dir);
            DurableFiles.deleteTree(staging);
            steps.accept(kind + ": moved into place");
        } catch (IOException e) {
            throw new WorkspaceException("Cannot " + (copyOf == null ? "create" : "update") + " the workspace " + dir
                    + " (" + e.getMessage() + "); check the free space and that its folder is writable.", e);
        } finally {
            DurableFiles.deleteTree(staging);
        }
    }

    private void discardLeftovers() throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, STAGING_PREFIX + "*")) {
            for (Path leftover : entries) {
                String name = leftover.getFileName().toString().substring(STAGING_PREFIX.length());
                discarded.add(name.startsWith(CREATE) ? CREATE : MIGRATE);
                DurableFiles.deleteTree(leftover);
            }
        }
        steps.accept("leftovers discarded");
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            // nothing held
        }
    }

    /** Releases the set-up lock; the database file lock keeps other processes out from here on. */
    @Override
    public void close() {
        closeQuietly(lockChannel);
    }
}
