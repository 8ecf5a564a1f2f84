package org.telisik.core.model;

import java.util.List;

/**
 * When the data was taken (analysis JSON {@code timeline}, added 2026-12). Dates are ISO strings as written in
 * the JSON: a day ({@code 2021-12-30}), or for a claimed date also a month or a year ({@code 2021-12}).
 *
 * @param newestIdentifier null when no column holds sequential identifiers with a date in them
 * @param extractedOnOrAfter null when the data holds no event date
 * @param claimedDate null when the claim names no date
 * @param consistency consistent | inconsistent | not_comparable
 * @param explanation sentences, in English (reports write their own in their language from the fields)
 */
public record Timeline(List<EventRange> events, NewestIdentifier newestIdentifier, String extractedOnOrAfter,
                       String claimedDate, String consistency, List<String> explanation) {
    public Timeline {
        events = List.copyOf(events);
        explanation = List.copyOf(explanation);
    }

    /** The span of one event-date column (visits, exams, registrations; never birth dates). */
    public record EventRange(String dataset, String column, String oldest, String newest, long count) {
    }

    /** The latest of a column's sequential identifiers that carry their date, e.g. Khanza's {@code no_rawat}. */
    public record NewestIdentifier(String dataset, String column, String value) {
    }
}
