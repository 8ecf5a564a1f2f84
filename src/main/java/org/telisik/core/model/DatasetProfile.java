package org.telisik.core.model;

import java.util.List;

/**
 * One table found in a file (or merged across files, then {@code files} names them).
 *
 * @param format   csv | sql | json | ndjson | spreadsheet | xml | dicom | fixed-width
 * @param dialect  null unless the format is delimited text
 * @param rows     data records read, header excluded
 * @param bytes    bytes of the file that these rows occupy
 * @param complete false when the file ended mid-record or reading stopped on an error
 * @param files    paths of merged files for a combined dataset; empty otherwise
 */
public record DatasetProfile(
        String name,
        String format,
        Dialect dialect,
        long rows,
        long bytes,
        boolean complete,
        List<ColumnProfile> columns,
        List<String> files) {

    public DatasetProfile {
        columns = List.copyOf(columns);
        files = List.copyOf(files);
    }
}
