package org.telisik.core.authenticity;

import java.util.List;

/**
 * A uniform random sample of one dataset's rows, with exact totals over all rows.
 *
 * @param rows              every data record the reader delivered
 * @param sampled           up to the sampler's capacity, each padded to {@code columns.size()}
 * @param duplicateRows     rows that repeat an earlier row exactly (estimated when {@code duplicatesExact} is false)
 */
public record RowSample(String name, String format, List<String> columns, long rows, List<String[]> sampled,
                        long duplicateRows, boolean duplicatesExact) {
    public RowSample {
        columns = List.copyOf(columns);
        sampled = List.copyOf(sampled);
    }

    /** The value of a column in a sampled row, trimmed; empty string when missing. */
    public static String value(String[] row, int column) {
        if (column < 0 || column >= row.length || row[column] == null) {
            return "";
        }
        return row[column].strip();
    }
}
