package org.telisik.core.model;

import java.util.List;
import java.util.Map;

/**
 * What one column holds. Examples are already masked (or deliberately unmasked) when the profile is built;
 * {@code stats} is free-form per type and must only hold JSON-friendly values (numbers, strings, lists, maps).
 */
public record ColumnProfile(
        String name,
        SemanticType semanticType,
        double confidence,
        List<String> evidence,
        long nonEmpty,
        long distinct,
        boolean distinctEstimated,
        Validity validity,
        List<String> examples,
        Map<String, Object> stats) {

    public ColumnProfile {
        evidence = List.copyOf(evidence);
        examples = List.copyOf(examples);
        // insertion order kept: the same analysis must export byte-identical JSON
        stats = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(stats));
    }
}
