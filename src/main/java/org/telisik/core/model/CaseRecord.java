package org.telisik.core.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A case as stored: a stable id (a UUID string), the analyst's name for it, when it was created, the
 * examiner's details (case number, responsible analyst, notes; each null when not given), its status and,
 * for a closed case, when it was closed (null while open).
 */
public record CaseRecord(String id, String name, Instant createdAt, String caseNumber, String analyst, String notes,
                         CaseStatus status, Instant closedAt) {

    public CaseRecord {
        Objects.requireNonNull(status, "status");
    }

    /** An open case, as schema v2 knew it. */
    public CaseRecord(String id, String name, Instant createdAt, String caseNumber, String analyst, String notes,
                      CaseStatus status) {
        this(id, name, createdAt, caseNumber, analyst, notes, status, null);
    }

    /** A case without details yet, as schema v1 knew it. */
    public CaseRecord(String id, String name, Instant createdAt) {
        this(id, name, createdAt, null, null, null, CaseStatus.OPEN);
    }

    /** True once the case was closed: it takes no new imports until it is reopened. */
    public boolean closed() {
        return closedAt != null;
    }
}
