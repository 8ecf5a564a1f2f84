package org.telisik.core.estimate;

/**
 * How large the records of one dataset are, as written in delimited text.
 *
 * @param meanBytes   mean record size as reconstructed from the values (delimiters, quotes, line end)
 * @param blockSpread relative standard deviation of the means of consecutive blocks of records: how much the
 *                    average drifts through the file (0.05 = 5%); 0 when there were too few records
 */
public record RecordSizes(String dataset, String format, long records, double meanBytes,
                          double p5, double p50, double p95, double blockSpread) {
}
