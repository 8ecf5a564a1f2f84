package org.telisik.core.model;

import java.util.List;

/**
 * What the seller's claim implies, given the sample (ESTIMATE of the analysis JSON contract).
 *
 * @param records     records implied by the claimed size; null when the claim has no size
 * @param consistency consistent | inconsistent | not_comparable
 * @param explanation sentences showing the arithmetic and the assumptions
 */
public record Estimate(
        Claim claim,
        BytesPerRecord bytesPerRecord,
        RecordRange records,
        String consistency,
        List<String> explanation) {

    public Estimate {
        explanation = List.copyOf(explanation);
    }

    /** The claim as understood; null fields were not stated or not understood. */
    public record Claim(String text, Long sizeBytes, Long records, Boolean compressed) {
    }

    /** Bytes per record seen in the sample, and implied by the claim (size / records) when both are stated. */
    public record BytesPerRecord(double observed, Double claimed) {
    }

    public record RecordRange(long low, long mid, long high) {
    }
}
