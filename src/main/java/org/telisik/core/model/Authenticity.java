package org.telisik.core.model;

import java.util.List;

/**
 * Combined judgement of the sample.
 *
 * @param verdict consistent | suspicious | likely_fabricated | insufficient_data
 */
public record Authenticity(String verdict, List<AuthenticityCheck> checks) {
    public Authenticity {
        checks = List.copyOf(checks);
    }

    public static Authenticity insufficientData() {
        return new Authenticity("insufficient_data", List.of());
    }
}
