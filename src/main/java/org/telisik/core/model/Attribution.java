package org.telisik.core.model;

import java.util.List;

/**
 * One candidate source system of a sample (analysis JSON {@code attribution}, added 2026-12): how much of the
 * sample's tables and columns its published schema explains.
 *
 * @param system  id of the schema, e.g. {@code simrs-khanza}
 * @param version schema version, or null when the schema names none
 * @param score   0-1, the weighted share of the sample's columns the schema explains
 */
public record Attribution(String system, String name, String version, double score, List<TableMatch> matchedTables,
                          List<String> unmatchedTables, List<String> evidence) {
    public Attribution {
        matchedTables = List.copyOf(matchedTables);
        unmatchedTables = List.copyOf(unmatchedTables);
        evidence = List.copyOf(evidence);
    }

    /** A sample table and the schema table it corresponds to. */
    public record TableMatch(String sample, String schema, int columnsMatched, int columnsInSample) {
    }
}
