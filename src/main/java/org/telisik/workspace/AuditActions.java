package org.telisik.workspace;

/** Names of the actions the workspace writes into its {@link AuditLog} itself. */
public final class AuditActions {
    public static final String CASE_CREATED = "case-created";
    public static final String CASE_DETAILS_CHANGED = "case-details-changed";
    /** A case's display name changed; the details hold the old and the new name. */
    public static final String CASE_RENAMED = "case-renamed";
    public static final String CASE_CLOSED = "case-closed";
    public static final String CASE_REOPENED = "case-reopened";
    /**
     * A case was deleted with everything stored about it; the details hold its name, how many files it held, their
     * SHA-256 and how many evidence copies went with it. Its earlier entries stay in the chain.
     */
    public static final String CASE_DELETED = "case-deleted";
    /** The first rows of a file's datasets were stored for the preview; the details hold their hash, not values. */
    public static final String PREVIEW_SAVED = "preview-saved";
    public static final String ANALYSIS_STARTED = "analysis-started";
    public static final String ANALYSIS_FINISHED = "analysis-finished";
    public static final String EVIDENCE_SAVED = "evidence-saved";
    /** Files stored by a schema-v1 workspace, sealed with their result hash when the workspace migrated. */
    public static final String EVIDENCE_BASELINED = "evidence-baselined";
    public static final String CLAIM_SET = "claim-set";
    public static final String RESULT_SAVED = "result-saved";
    public static final String TAG_ADDED = "tag-added";
    public static final String NOTE_ADDED = "note-added";
    public static final String CASE_EXPORTED = "case-exported";
    public static final String CASE_IMPORTED = "case-imported";
    /** One file of a case imported from a portable archive, sealed with its result hash. */
    public static final String CASE_IMPORTED_EVIDENCE = "case-imported-evidence";
    /**
     * A creation or schema update of the workspace was cut short (killed); the staging folder it left was
     * discarded. The database itself is whole: as before that set-up, or as after it when only the tidying was cut.
     */
    public static final String SETUP_INTERRUPTED = "setup-interrupted";

    /**
     * Opening the workspace removes evidence copies that no case's file holds and half-written copies, left by a
     * kill during a deletion, an analysis or an import; the details hold how many, the SHA-256 of each copy and the
     * name of each half-written one. Written before the removal (a kill in between leaves the entry, and the next
     * open finishes what it names).
     */
    public static final String EVIDENCE_COPIES_SWEPT = "evidence-copies-swept";

    /**
     * The database file was compacted (on close or on demand); the details hold the trigger and its size before, and
     * on close the bytes its chunks held in use then ({@code inUseBytes}, which decided it).
     */
    public static final String WORKSPACE_COMPACTED = "workspace-compacted";

    private AuditActions() {
    }
}
