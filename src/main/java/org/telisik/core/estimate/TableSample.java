package org.telisik.core.estimate;

import java.util.List;

/**
 * One table of the sample: the datasets that share its columns (a table split into part files, or sheets of one
 * layout) taken together.
 *
 * @param format    the dump format the sample holds it in; null when it is none of them (XML, DICOM headers)
 * @param bytes     exact bytes its records occupy in the sample's files
 * @param textBytes mean bytes of a record written as delimited text, measured on every record; 0 when unknown
 * @param spread    how much the mean record size drifts through the sample (0.03 = 3%)
 * @param variation relative spread of single record sizes
 * @param head      the first records, consecutive as read; empty for a stored analysis
 */
public record TableSample(String name, DumpFormat format, List<String> columns, long rows, long bytes,
                          double textBytes, double spread, double variation, List<String[]> head) {
    public TableSample {
        columns = List.copyOf(columns);
        head = List.copyOf(head);
    }

    /** Bytes of one record as the sample's own files hold it. */
    public double nativeBytesPerRecord() {
        return rows == 0 ? 0 : (double) bytes / rows;
    }
}
