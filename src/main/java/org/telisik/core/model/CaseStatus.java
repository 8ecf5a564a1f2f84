package org.telisik.core.model;

import java.util.Locale;

/**
 * Where a case stands. A case is {@link #INCOMPLETE} from the moment an analysis starts until it finishes, so
 * an analysis interrupted by a crash or a cancel leaves the case visibly incomplete (with the files that
 * finished kept) until a re-run completes it.
 */
public enum CaseStatus {
    /** Created, never analysed. */
    OPEN,
    /** An analysis started and has not finished (running, cancelled or interrupted). */
    INCOMPLETE,
    /** The last analysis finished. */
    COMPLETE;

    /** The spelling stored and shown: {@code open}, {@code incomplete}, {@code complete}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CaseStatus fromId(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
