package org.telisik.core.model;

import java.time.Instant;

/** An examiner's tag (a short label) or note (free text) on a file, dataset, column or finding of a case. */
public record Annotation(long id, String caseId, Kind kind, AnnotationTarget target, String text, String author,
                         Instant createdAt) {

    public enum Kind { TAG, NOTE }
}
