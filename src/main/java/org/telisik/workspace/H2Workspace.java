package org.telisik.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.telisik.core.model.VerificationReport;

/**
 * A workspace in an embedded H2 database file ({@code telisik.mv.db}) inside its folder. Opening creates the
 * folder and database when new (encrypted when a passphrase is given) and migrates an older schema, both
 * aside and moved into place only when complete ({@link WorkspaceSetup}), so that a kill leaves no half-made
 * schema; while
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
    private final AuditHeadKeeper headKeeper;
    private boolean closed;

    private H2Workspace(Path folder, Database database, WorkspaceLock lock, WorkspaceOptions options, EvidenceCipher cipher,
                        AuditSeal seal) {
        this.folder = folder;
        this.database = database;
        this.lock = lock;
        this.audit = new AuditTrail(database, options.analyst(), seal);
        this.store = new EvidenceStore(folder, cipher);
        this.cases = new H2CaseRepository(database, audit);
        this.evidence = new H2EvidenceRepository(database, audit, store, options.copyEvidence());
        this.annotations = new H2Annotations(database, audit);
        this.results = new H2CaseResults(database, audit);
        this.previews = new H2Previews(database, audit);
        this.fingerprints = new H2IdentifierFingerprintRepository(database);
        this.headKeeper = new AuditHeadKeeper(new AuditHeadFile(folder), headFileKept());
        database.afterCommit(c -> {
            headKeeper.publish(c);
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
            Database database;
            List<String> discarded;
            // created or migrated aside and moved into place whole: a kill at any step leaves the old state
            try (WorkspaceSetup setup = WorkspaceSetup.begin(dir, lock)) {
                database = setup.open(d -> connect(d, key, lock), staged -> prepare(dir, staged, key, options));
                discarded = setup.discarded();
            }
            try {
                H2Workspace workspace = new H2Workspace(dir, database, lock, options,
                        key == null ? null : key.evidenceCipher(), AuditSeal.of(database, key));
                for (String kind : discarded) {
                    workspace.audit.append(AuditActions.SETUP_INTERRUPTED, null, Map.of("setup", kind, "outcome",
                            "its staging folder was discarded; the database is whole, as before or as after that set-up"));
                }
                // a workspace made or migrated before the head file was kept gets it now
                database.transaction("keep the audit head", c -> null);
                lock.claim();
                WorkspaceSetup.steps.accept("opened");
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

    /**
     * Brings a staged database (new, or a copy of the workspace's) to the newest schema; a v1 workspace's results
     * are sealed in the same staged copy, so that they are sealed exactly once whatever is killed when.
     */
    private static void prepare(Path dir, Database staged, WorkspaceKey key, WorkspaceOptions options) {
        boolean fromV1 = SchemaMigration.migrate(dir, staged);
        AuditSeal seal = AuditSeal.of(staged, key);
        if (fromV1) {
            V1Baseline.seal(staged, new AuditTrail(staged, options.analyst(), seal));
            WorkspaceSetup.steps.accept("v1 results sealed");
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
    public VerificationReport verify(List<String> anchors) {
        return new WorkspaceVerifier(this).verify(anchors);
    }

    @Override
    public PortableCases portable() {
        return new PortableCases(this);
    }

    /** The previews of a case as stored, for {@link WorkspaceVerifier}. */
    List<PreviewDigests.StoredFilePreviews> storedPreviews(String caseId) {
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

    /** True once this workspace recorded that it keeps the audit head file (so a missing one was deleted). */
    boolean headFileKept() {
        return database.read("read the custody facts", c -> CustodyFacts.read(c).containsKey(CustodyFacts.HEAD_FILE_KEPT));
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
