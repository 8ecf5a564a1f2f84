package org.telisik.core.model;

/**
 * Every subject and sentence the workspace verifier writes, as a typed key with the number of arguments it takes.
 * The words are in {@code org/telisik/core/model/verification*.properties} (one text per constant, under its
 * name), so each output says them in its own language instead of translating English after the fact; a test
 * checks that both languages have every key with exactly its arguments.
 */
public enum VerificationKey {
    // subjects: what was checked; the case-scoped ones take the case's name first
    AUDIT_LOG(0), ANCHOR(1), ANCHOR_NOT_A_HASH(0), DELETED_CASE(1),
    CASE_FILE(2, true), CASE_RECORDED_FILE(3, true), CASE_RECORDED_FILE_NO_HASH(2, true), CASE_EVIDENCE_COPY(2, true),
    CASE_RECORD(2, true), CASE_ANNOTATION(3, true), CASE_ANNOTATION_GONE(2, true), CASE_PREVIEW(2, true),
    // the audit chain
    CHAIN_HOLDS(1), CHAIN_HOLDS_KEYED_ALL(1), CHAIN_HOLDS_KEYED_FROM(2),
    CHAIN_ENTRIES_MISSING(2), CHAIN_OUT_OF_ORDER(2), CHAIN_UNLINKED(2), CHAIN_ENTRY_CHANGED(2),
    // the head file kept outside the database, and anchors printed in reports
    HEAD_FILE_DELETED(1), HEAD_LOG_EMPTY(0), HEAD_FILE_MISSING(1), HEAD_CUT(2), HEAD_REWRITTEN(2), HEAD_HOLDS(1),
    ANCHOR_HOLDS(4), ANCHOR_GONE(0),
    // stored results, case records, tags and notes against the audit log
    CASE_DELETED(1), CASE_DELETION_RECORDED(2), FILE_DELETED(1), FILE_UNRECORDED(0), RESULT_CHANGED(1), RESULT_HOLDS(2),
    RECORD_UNRECORDED(0), RECORD_DELETED(1), RECORD_CHANGED(1), RECORD_HOLDS(1), ANNOTATION_DELETED(1),
    // originals at their paths and copies in the evidence store
    ORIGINAL_GONE(1), ORIGINAL_GONE_COPY_KEPT(1), ORIGINAL_HOLDS(1), ORIGINAL_CHANGED(3), ORIGINAL_UNREADABLE(2),
    COPY_HOLDS(0), COPY_CHANGED(1), COPY_UNREADABLE(1),
    // masked previews
    PREVIEW_DELETED(1), PREVIEW_OLDER(0), PREVIEW_UNRECORDED(0), PREVIEW_HOLDS(2), PREVIEW_CHANGED(2);

    private final int arity;
    private final boolean namesCase;

    VerificationKey(int arity) {
        this(arity, false);
    }

    VerificationKey(int arity, boolean namesCase) {
        this.arity = arity;
        this.namesCase = namesCase;
    }

    /** How many arguments the text takes ({@code {0}} to {@code {arity-1}}). */
    public int arity() {
        return arity;
    }

    /** True for subjects about one case whose first argument is that case's name. */
    public boolean namesCase() {
        return namesCase;
    }
}
