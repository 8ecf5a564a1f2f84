package org.telisik.workspace;

import java.time.Instant;

/** A case as stored: a stable id (a UUID string), the analyst's name for it, and when it was created. */
public record CaseRecord(String id, String name, Instant createdAt) {
}
