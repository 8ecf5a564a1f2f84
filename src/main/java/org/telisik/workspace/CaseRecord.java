package org.telisik.workspace;

import java.time.Instant;
import java.util.Objects;

/**
 * A case as stored: a stable id (a UUID string), the analyst's name for it, when it was created, the
 * examiner's details (case number, responsible analyst, notes; each null when not given) and its status.
 */
public record CaseRecord(String id, String name, Instant createdAt, String caseNumber, String analyst, String notes,
                         CaseStatus status) {

    public CaseRecord {
        Objects.requireNonNull(status, "status");
    }

    /** A case without details yet, as schema v1 knew it. */
    public CaseRecord(String id, String name, Instant createdAt) {
        this(id, name, createdAt, null, null, null, CaseStatus.OPEN);
    }
}
