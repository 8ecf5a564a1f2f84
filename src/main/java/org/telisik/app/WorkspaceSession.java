package org.telisik.app;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.Preload;
import org.telisik.core.model.VerificationReport;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.Workspace;
import org.telisik.workspace.WorkspaceOptions;

/**
 * The one door of the command line and the desktop into a workspace: opened with its preload, it hands out the
 * use cases (cases, analysis, notes, reports, verification, portable cases), each auditing what it does. Neither
 * front end sees the storage behind it.
 */
public final class WorkspaceSession implements AutoCloseable {
    private final Workspace workspace;
    private final boolean encrypted;
    private final Clock clock;
    private CaseAnalysisService masked;

    private WorkspaceSession(Workspace workspace, boolean encrypted, Clock clock) {
        this.workspace = workspace;
        this.encrypted = encrypted;
        this.clock = clock;
    }

    /**
     * Opens (or creates) the workspace of the request. The formats and readers load on another thread while
     * the database opens, so the first analysis does not wait for them.
     *
     * @throws org.telisik.core.model.ActionableException when the workspace cannot be opened; the message says why
     */
    public static WorkspaceSession open(SessionRequest request) {
        return open(request, Clock.systemUTC());
    }

    /** @param clock the time reports are stamped with (a fixed one in tests) */
    public static WorkspaceSession open(SessionRequest request, Clock clock) {
        // logging is bound before the preload's libraries and the workspace's log from two threads at once:
        // calls made while SLF4J binds are replayed with three warning lines on standard error
        org.slf4j.LoggerFactory.getILoggerFactory();
        Preload preload = Preload.start();
        WorkspaceOptions options = WorkspaceOptions.defaults().withPassphrase(request.passphrase())
                .withEvidenceCopies(request.evidenceCopies());
        if (request.analyst() != null) {
            options = options.withAnalyst(request.analyst());
        }
        H2Workspace workspace = H2Workspace.open(request.location(), options);
        try {
            preload.await();
        } catch (RuntimeException e) {
            workspace.close();
            throw e;
        }
        return new WorkspaceSession(workspace, options.encrypted(), clock);
    }

    /** A session on a workspace opened elsewhere (tests, another storage); closing the session closes it. */
    public static WorkspaceSession of(Workspace workspace, boolean encrypted) {
        return of(workspace, encrypted, Clock.systemUTC());
    }

    public static WorkspaceSession of(Workspace workspace, boolean encrypted, Clock clock) {
        return new WorkspaceSession(workspace, encrypted, clock);
    }

    /** The folder that holds the workspace. */
    public Path location() {
        return workspace.location();
    }

    public boolean encrypted() {
        return encrypted;
    }

    /** The analysis use case, masked, with today as reference date. */
    public synchronized CaseAnalysisService analysis() {
        if (masked == null) {
            masked = analysis(false);
        }
        return masked;
    }

    /** @param unmask true to hand out personal data in full; every such hand-out is audited */
    public CaseAnalysisService analysis(boolean unmask) {
        return new CaseAnalysisService(workspace, new Analyzer.AnalysisOptions(LocalDate.now(clock), unmask));
    }

    public CaseBook cases() {
        return new CaseBook(workspace.cases());
    }

    /** Deleting a case, audited (Edit ▸ Delete case, {@code telisik case delete}). */
    public CaseDeleter deletion() {
        return new CaseDeleter(workspace.cases(), workspace.evidence());
    }

    public CaseNotes notes() {
        return new CaseNotes(workspace.annotations());
    }

    public CaseReports reports() {
        return new CaseReports(workspace, clock);
    }

    /** Compacting the workspace file on demand (File ▸ Compact workspace, {@code telisik workspace compact}). */
    public WorkspaceCompaction compaction() {
        return new WorkspaceCompaction(workspace);
    }

    public PortableCaseTransfer portable() {
        return new PortableCaseTransfer(workspace.portable());
    }

    /**
     * Checks the workspace's chain of custody and says what holds, as {@code telisik verify} and the verify
     * window show it: identifiers and the cases' person names in subjects and details masked. Changes nothing.
     */
    public VerificationReport verify() {
        return WorkspaceMasking.shown(workspace, workspace.verify());
    }

    /** {@link #verify()} with anchors: audit heads from reports or exports that the log must still hold. */
    public VerificationReport verify(java.util.List<String> anchors) {
        return WorkspaceMasking.shown(workspace, workspace.verify(anchors));
    }

    @Override
    public void close() {
        workspace.close();
    }
}
