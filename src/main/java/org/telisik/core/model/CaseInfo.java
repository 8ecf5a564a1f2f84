package org.telisik.core.model;

import java.time.Instant;

/** Identity of a case as the analysis document names it. */
public record CaseInfo(String id, String name, Instant createdAt) {
}
