package org.telisik.core.model;

import java.util.List;
import java.util.Map;

/**
 * What one column holds. Examples are already masked (or deliberately unmasked) when the profile is built;
 * {@code stats} is free-form per type; it is normalised by {@link JsonValues} (string keys, Long and Double
 * numbers, order kept) so that it survives a JSON round trip unchanged.
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
        stats = JsonValues.normaliseMap(stats);
    }
}
