package org.telisik.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.telisik.core.model.VerificationReport;

/**
 * A workspace in an embedded H2 database file ({@code telisik.mv.db}) inside its folder. Opening creates the
 * folder and database when new (encrypted when a passphrase is given) and migrates an older schema; while
 * open, the database file is locked so a second process gets a clear "in use" message instead of a damaged
 * file. Every commit reaches the disk before the call returns, so a killed process loses no finished work.
 */
public final class H2Workspace implements Workspace {
    static final String DATABASE_NAME = "telisik";

    private final Path folder;
    private final Database database;
    private final WorkspaceLock lock;
    private final AuditTrail audit;
    private final EvidenceStore store;
    private final CaseRepository cases;
    private final EvidenceRepository evidence;
    private final IdentifierFingerprintRepository fingerprints;
    private final AnnotationRepository annotations;
    private final CaseResults results;
    private final H2Previews previews;
    private boolean closed;

    private H2Workspace(Path folder, Database database, WorkspaceLock lock, WorkspaceOptions options, EvidenceCipher cipher) {
        this.folder = folder;
        this.database = database;
        this.lock = lock;
        this.audit = new AuditTrail(database, options.analyst());
        this.store = new EvidenceStore(folder, cipher);
        this.cases = new H2CaseRepository(database, audit);
        this.evidence = new H2EvidenceRepository(database, audit, store, options.copyEvidence());
        this.annotations = new H2Annotations(database, audit);
        this.results = new H2CaseResults(database, audit);
        this.previews = new H2Previews(database, audit);
        this.fingerprints = new H2IdentifierFingerprintRepository(database);
        AuditHeadFile headFile = new AuditHeadFile(folder);
        database.afterCommit(c -> {
            AuditTrail.last(c).ifPresent(headFile::write);
            return null;
        });
    }

    /** Opens (or creates) a plain workspace in {@code folder} with {@link WorkspaceOptions#defaults()}. */
    public static H2Workspace open(Path folder) {
        return open(folder, WorkspaceOptions.defaults());
    }

    /**
     * Opens (or creates) the workspace in {@code folder}.
     *
     * @throws WorkspaceException when the folder cannot be created, another process holds the workspace, the
     *                            passphrase is missing or wrong, or the database cannot be read or migrated;
     *                            the message says what to do
     */
    public static H2Workspace open(Path folder, WorkspaceOptions options) {
        Path dir = folder.toAbsolutePath().normalize();
        WorkspaceLock lock = WorkspaceLock.reserve(dir);
        try {
            EncryptionCheck.check(dir.resolve(DATABASE_NAME + ".mv.db"), options.encrypted());
            WorkspaceKey key = options.encrypted() ? new WorkspaceKey(options.passphrase()) : null;
            Database database = connect(dir, key, lock);
            try {
                boolean fromV1 = SchemaMigration.migrate(dir, database);
                H2Workspace workspace = new H2Workspace(dir, database, lock, options, key == null ? null : key.evidenceCipher());
                if (fromV1) {
                    V1Baseline.seal(database, workspace.audit);
                }
                lock.claim();
                return workspace;
            } catch (RuntimeException e) {
                database.close();
                throw e;
            }
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    private static Database connect(Path dir, WorkspaceKey key, WorkspaceLock lock) {
        // WRITE_DELAY=0: a commit is written before it returns, so SIGKILL never loses a finished file.
        // Encrypted: no trace file, whose error lines could quote values in plain text beside the database.
        // DB_CLOSE_ON_EXIT=FALSE: on Ctrl-C the running analysis is cancelled and closes the workspace itself;
        // H2's own shutdown hook would pull the database from under it first.
        String url = "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";FILE_LOCK=FILE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE"
                + (key == null ? "" : ";CIPHER=AES;TRACE_LEVEL_FILE=0");
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "telisik", key == null ? "" : key.jdbcPassword());
        try (Connection probe = pool.getConnection()) {
            return new Database(pool, dir.toString());
        } catch (SQLException e) {
            pool.dispose();
            throw switch (e.getErrorCode()) {
                case ErrorCode.DATABASE_ALREADY_OPEN_1 -> lock.inUseByOther();
                case ErrorCode.FILE_ENCRYPTION_ERROR_1, ErrorCode.WRONG_USER_OR_PASSWORD -> new WorkspaceException(
                        "The passphrase does not open workspace " + dir + "; check it (TELISIK_PASSPHRASE, --passphrase-file"
                                + " or the passphrase prompt) and try again.", e);
                default -> new WorkspaceException("Cannot open the workspace " + dir + ": " + e.getMessage(), e);
            };
        }
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
    public AuditLog audit() {
        return audit;
    }

    @Override
    public AnnotationRepository annotations() {
        return annotations;
    }

    @Override
    public CaseResults results() {
        return results;
    }

    @Override
    public PreviewRepository previews() {
        return previews;
    }

    @Override
    public VerificationReport verify() {
        return new WorkspaceVerifier(this).verify();
    }

    @Override
    public PortableCases portable() {
        return new PortableCases(this);
    }

    /** The previews of a case as stored, for {@link WorkspaceVerifier}. */
    java.util.List<PreviewDigests.StoredFilePreviews> storedPreviews(String caseId) {
        return database.read("read the stored previews of case " + caseId, c -> PreviewDigests.stored(c, caseId));
    }

    /** The content-addressed copies of evidence kept in this workspace. */
    public EvidenceStore evidenceStore() {
        return store;
    }

    Database database() {
        return database;
    }

    AuditTrail auditTrail() {
        return audit;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        database.close();
        lock.release();
    }
}
