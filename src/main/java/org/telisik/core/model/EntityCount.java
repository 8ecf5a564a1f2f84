package org.telisik.core.model;

import java.util.List;

/** Identifiers of one type found in free text, with masked examples. */
public record EntityCount(SemanticType semanticType, long count, List<String> examples) {
    public EntityCount {
        examples = List.copyOf(examples);
    }
}
