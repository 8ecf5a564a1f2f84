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

    /** The decoded NIK figures of a NIK column, typed; empty for any other column or one without figures. */
    public java.util.Optional<NikStats> nik() {
        if (semanticType != SemanticType.NIK) {
            return java.util.Optional.empty();
        }
        NikStats nik = NikStats.of(stats);
        return nik.hasFigures() ? java.util.Optional.of(nik) : java.util.Optional.empty();
    }
}
