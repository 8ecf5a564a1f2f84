package org.telisik.core.model;

import java.util.List;

/**
 * What the seller's claim implies, given the sample (ESTIMATE of the analysis JSON contract).
 *
 * @param records     records implied by the claimed size; null when the claim has no size
 * @param consistency consistent | inconsistent | not_comparable
 * @param explanation sentences showing the arithmetic and the assumptions (English; {@code steps} hold the same in
 *                    a form each language renders)
 * @param assumptions optional: the codec, format and table the figures assume; null for estimates made before
 * @param readings    optional: the figures under each other reading the analyst may prefer (another table,
 *                    format or codec), best first after the chosen one
 * @param choices     optional: what the analyst may pick instead of each assumption
 * @param steps       optional: the explanation as message keys with typed arguments, for reports in either language
 */
public record Estimate(
        Claim claim,
        BytesPerRecord bytesPerRecord,
        RecordRange records,
        String consistency,
        List<String> explanation,
        Assumptions assumptions,
        List<Reading> readings,
        Choices choices,
        List<Step> steps) {

    public Estimate {
        explanation = List.copyOf(explanation);
        readings = readings == null ? List.of() : List.copyOf(readings);
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    /** An estimate as made before assumptions were recorded: explanation only. */
    public Estimate(Claim claim, BytesPerRecord bytesPerRecord, RecordRange records, String consistency,
                    List<String> explanation) {
        this(claim, bytesPerRecord, records, consistency, explanation, null, List.of(), null, List.of());
    }

    /** The claim as understood; null fields were not stated or not understood. */
    public record Claim(String text, Long sizeBytes, Long records, Boolean compressed) {
    }

    /** Bytes per record seen in the sample, and implied by the claim (size / records) when both are stated. */
    public record BytesPerRecord(double observed, Double claimed) {
    }

    public record RecordRange(long low, long mid, long high) {
    }

    /**
     * What the figures assume, and where each assumption came from.
     *
     * @param codec        none | zip | gzip | bzip2 | xz | lzma | 7z | zstd | rar | unnamed
     * @param codecSource  claim | analyst | none
     * @param ratio        uncompressed / compressed bytes assumed (mid), null without a codec
     * @param ratioLow     lowest ratio allowed for (a band for a codec that cannot be run, or measurement noise)
     * @param format       csv | sql | json | spreadsheet (the dump's format)
     * @param formatSource claim | sample | analyst | range (no format named: the range over plausible formats)
     * @param table        the sample table the claimed count is taken to count, or "all" for every table
     * @param tableSource  only | claim | largest | analyst
     */
    public record Assumptions(String codec, String codecSource, Double ratio, Double ratioLow, Double ratioHigh,
                              String format, String formatSource, String table, String tableSource) {
    }

    /** The figures under one reading of the claim. */
    public record Reading(String table, String format, String codec, long low, long mid, long high,
                          double bytesPerRecord, String consistency) {
    }

    /** The values the analyst may choose for each assumption. */
    public record Choices(List<String> codecs, List<String> formats, List<String> tables) {
        public Choices {
            codecs = List.copyOf(codecs);
            formats = List.copyOf(formats);
            tables = List.copyOf(tables);
        }
    }

    /**
     * One sentence of the arithmetic as a message key and its arguments, each a typed value: {@code n:} a count,
     * {@code b:} bytes, {@code r:} a ratio, {@code p:} a share (0.12 = 12%), {@code d:} a decimal, {@code k:} a term
     * each language words itself (a codec, a format), {@code t:} text as given (the claim's own words, a table name).
     */
    public record Step(String key, List<String> args) {
        public Step {
            args = List.copyOf(args);
        }

        public static Step of(String key, String... args) {
            return new Step(key, List.of(args));
        }
    }
}
