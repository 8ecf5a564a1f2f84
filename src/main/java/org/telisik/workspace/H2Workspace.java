package org.telisik.workspace;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * A workspace in an embedded H2 database file ({@code telisik.mv.db}) inside its folder. Opening creates the
 * folder and database when new and migrates an older schema; while open, the database file is locked so a
 * second process gets a clear "in use" message instead of a damaged file.
 */
public final class H2Workspace implements Workspace {
    static final String DATABASE_NAME = "telisik";
    private static final Set<Path> OPEN_IN_THIS_PROCESS = new HashSet<>();

    private final Path folder;
    private final Database database;
    private final PidFile pidFile;
    private final CaseRepository cases;
    private final EvidenceRepository evidence;
    private final IdentifierFingerprintRepository fingerprints;
    private boolean closed;

    private H2Workspace(Path folder, Database database, PidFile pidFile) {
        this.folder = folder;
        this.database = database;
        this.pidFile = pidFile;
        this.cases = new H2CaseRepository(database);
        this.evidence = new H2EvidenceRepository(database);
        this.fingerprints = new H2IdentifierFingerprintRepository(database);
    }

    /**
     * Opens (or creates) the workspace in {@code folder}.
     *
     * @throws WorkspaceException when the folder cannot be created, another process holds the workspace, or
     *                            the database cannot be read or migrated; the message says what to do
     */
    public static H2Workspace open(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        createFolder(dir);
        PidFile pidFile = new PidFile(dir);
        reserve(dir, pidFile);
        try {
            Database database = connect(dir, pidFile);
            migrate(dir, database);
            pidFile.claim();
            return new H2Workspace(dir, database, pidFile);
        } catch (RuntimeException e) {
            unreserve(dir);
            throw e;
        }
    }

    private static void createFolder(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new WorkspaceException("Cannot create the workspace folder " + dir + " (" + e.getMessage()
                    + "); choose a writable folder with --workspace or TELISIK_WORKSPACE.", e);
        }
    }

    /** H2 shares one open database between connections of one process, so the file lock cannot catch it. */
    private static void reserve(Path dir, PidFile pidFile) {
        synchronized (OPEN_IN_THIS_PROCESS) {
            if (!OPEN_IN_THIS_PROCESS.add(dir)) {
                throw inUse(dir, "process " + ProcessHandle.current().pid() + " (this one)");
            }
        }
    }

    private static void unreserve(Path dir) {
        synchronized (OPEN_IN_THIS_PROCESS) {
            OPEN_IN_THIS_PROCESS.remove(dir);
        }
    }

    private static Database connect(Path dir, PidFile pidFile) {
        String url = "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";FILE_LOCK=FILE";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "telisik", "");
        try (Connection probe = pool.getConnection()) {
            return new Database(pool, dir.toString());
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw inUse(dir, pidFile.describeHolder());
            }
            throw new WorkspaceException("Cannot open the workspace " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void migrate(Path dir, Database database) {
        try {
            Flyway.configure(H2Workspace.class.getClassLoader())
                    .dataSource(database.dataSource())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            database.close();
            throw new WorkspaceException("Cannot bring the workspace " + dir + " up to date: " + e.getMessage()
                    + "; it may come from a newer Telisik.", e);
        }
    }

    private static WorkspaceException inUse(Path dir, String holder) {
        return new WorkspaceException("workspace " + dir + " is in use by " + holder
                + "; close that Telisik first, or choose another workspace with --workspace.");
    }

    @Override
    public Path location() {
        return folder;
    }

    @Override
    public CaseRepository cases() {
        return cases;
    }

    @Override
    public EvidenceRepository evidence() {
        return evidence;
    }

    @Override
    public IdentifierFingerprintRepository fingerprints() {
        return fingerprints;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        database.close();
        pidFile.release();
        unreserve(folder);
    }
}
