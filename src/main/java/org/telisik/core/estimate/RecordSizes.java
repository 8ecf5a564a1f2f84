package org.telisik.core.estimate;

import java.util.List;

/**
 * How large the records of one dataset are, as written in delimited text.
 *
 * @param meanBytes   mean record size as reconstructed from the values (delimiters, quotes, line end)
 * @param blockSpread relative standard deviation of the means of consecutive blocks of records: how much the
 *                    average drifts through the file (0.05 = 5%); 0 when there were too few records
 * @param bytes       bytes of the input the dataset's records occupy, as the reader reported them
 * @param columns     column names as read
 * @param head        the first records as read (at most {@link RecordSizeSampler#HEAD}), for rewriting them
 */
public record RecordSizes(String dataset, String format, long records, double meanBytes,
                          double p5, double p50, double p95, double blockSpread, long bytes,
                          List<String> columns, List<String[]> head) {

    public RecordSizes {
        columns = List.copyOf(columns);
        head = List.copyOf(head);
    }

    /** Sizes without the kept records, as stored analyses and tests that only measure give them. */
    public RecordSizes(String dataset, String format, long records, double meanBytes, double p5, double p50,
                       double p95, double blockSpread) {
        this(dataset, format, records, meanBytes, p5, p50, p95, blockSpread, 0, List.of(), List.of());
    }

    /** Relative spread of single record sizes: the 5-95% range over the 3.29 standard deviations it spans. */
    public double variation() {
        return meanBytes <= 0 ? 0 : (p95 - p5) / 3.29 / meanBytes;
    }
}
