package org.telisik.workspace;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.sql.SQLException;
import java.util.function.Supplier;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
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
    private static final Logger LOG = LoggerFactory.getLogger(H2Workspace.class);

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
    private Compaction.Measure atOpen;
    private boolean closed;

    private H2Workspace(Path folder, Database database, WorkspaceLock lock, WorkspaceOptions options, EvidenceCipher cipher,
                        AuditSeal seal) {
        this.folder = folder;
        this.database = database;
        this.lock = lock;
        this.audit = new AuditTrail(database, options.analyst(), seal);
        this.store = new EvidenceStore(folder, cipher);
        this.cases = new H2CaseRepository(database, audit, store);
        this.evidence = new H2EvidenceRepository(database, audit, store, options.copyEvidence());
        this.annotations = new H2Annotations(database, audit);
        this.results = new H2CaseResults(database, audit);
        this.previews = new H2Previews(database, audit);
        this.fingerprints = new H2IdentifierFingerprintRepository(database);
        this.headKeeper = new AuditHeadKeeper(new AuditHeadFile(folder), headFileKept());
        this.atOpen = measure();
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
                OrphanCopies.sweep(workspace.store, database, workspace.audit);
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
        // WRITE_DELAY=0: a commit is written before it returns; with AppendOnlyChunks SIGKILL never loses a finished file.
        // Encrypted: no trace file, whose error lines could quote values in plain text beside the database.
        // DB_CLOSE_ON_EXIT=FALSE: on Ctrl-C the running analysis is cancelled and closes the workspace itself;
        // H2's own shutdown hook would pull the database from under it first.
        // MAX_COMPACT_TIME=0: no compaction in place as the database closes (H2 spends up to 200 ms by default): a
        // kill during it lost the last committed transaction (CompactionCrashTest); compactions write aside instead.
        String url = "jdbc:h2:file:" + dir.resolve(DATABASE_NAME) + ";FILE_LOCK=FILE;WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=64"
                + ";MAX_COMPACT_TIME=0"
                + (key == null ? "" : ";CIPHER=AES;TRACE_LEVEL_FILE=0");
        String password = key == null ? "" : key.jdbcPassword();
        Supplier<JdbcConnectionPool> connector = () -> {
            try {
                return AppendOnlyChunks.open(url, password); // SIGKILL loses no commit (see there)
            } catch (SQLException e) {
                throw new WorkspaceException("Cannot open the workspace " + dir + ": " + e.getMessage(), e);
            }
        };
        try {
            return new Database(AppendOnlyChunks.open(url, password), connector, dir.toString());
        } catch (SQLException e) {
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
    public void inOneTransaction(String what, Runnable work) {
        database.transaction(what, c -> {
            work.run();
            return null;
        });
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

    /**
     * Compacts the database file now (H2's {@code SHUTDOWN COMPACT}, then opened again), audited with the size
     * before; the time grows with what the workspace holds, about a second per 10-20 MB.
     */
    @Override
    public synchronized Compaction compact() {
        long started = System.nanoTime();
        long before = fileSize();
        audit.append(AuditActions.WORKSPACE_COMPACTED, null, Compaction.details(Compaction.ON_DEMAND, before));
        database.compactAndReopen("compact the workspace");
        atOpen = measure();
        return new Compaction(before, fileSize(), (System.nanoTime() - started) / 1_000_000);
    }

    private Compaction.Measure measure() {
        return database.read("measure the workspace file", Compaction.Measure::of);
    }

    private long fileSize() {
        try {
            return java.nio.file.Files.size(folder.resolve(DATABASE_NAME + ".mv.db"));
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    /**
     * Closes the database, compacted when its file more than doubled what it held at open or a case was deleted, and
     * what it holds is small enough to rewrite quickly ({@link Compaction#onClose}); a failed compaction still closes
     * and releases the workspace. A kill during the compaction leaves a workspace that opens whole: H2 writes the
     * compacted copy aside and moves it into place ({@code CompactionCrashTest}).
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            long size = fileSize();
            Compaction.Measure now = database.read("measure the workspace file", Compaction.Measure::of);
            Compaction.OnClose plan = Compaction.onClose(size, atOpen, now,
                    database.read("look for deleted cases", c -> Compaction.caseDeletedSince(c, atOpen.auditSeq())));
            if (plan == Compaction.OnClose.COMPACT) {
                Map<String, Object> details = Compaction.details(Compaction.ON_CLOSE, size);
                details.put("inUseBytes", now.chunkLiveBytes()); // what decided it, and what the time grows with
                audit.append(AuditActions.WORKSPACE_COMPACTED, null, details);
                Compaction.steps.accept("close: compacting");
                database.closeCompacted("compact the workspace on close");
            } else {
                if (plan == Compaction.OnClose.TOO_LARGE) {
                    LOG.info("The workspace {} ({} MB, about {} MB in use) was not compacted on close, to keep closing quick;"
                            + " compact it when convenient (telisik workspace compact).", folder, size >> 20,
                            now.chunkLiveBytes() >> 20);
                }
                Compaction.steps.accept("close: closing");
            }
        } catch (WorkspaceException e) {
            // the work is committed; a file left larger than needed is compacted on a later close or on demand
            LOG.warn("The workspace {} was closed without compacting it: {}", folder, e.getMessage());
        } finally {
            database.close();
            lock.release();
        }
    }
}
