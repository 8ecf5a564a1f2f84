package org.telisik.core.read;

import java.util.List;
import org.telisik.core.model.Dialect;

/**
 * Receives the tables a {@link TableReader} finds, one record at a time, so that no reader ever holds a
 * whole table in memory.
 *
 * <p>Contract: for every dataset a reader calls {@link #startDataset} once, then {@link #record} for each
 * data record (header excluded), then {@link #endDataset} once. Datasets never interleave. A reader that
 * discovers a column after the start (a new JSON key) calls {@link #addColumn}; the new column gets the next
 * index and earlier records count as empty in it. Records shorter than the column list are padded with
 * empty values by the receiver; longer ones add unnamed columns.
 */
public interface RecordSink {

    /**
     * @param name    table name (SQL), sheet name (spreadsheet), file name otherwise
     * @param format  csv | sql | json | ndjson | spreadsheet | xml | dicom | fixed-width
     * @param dialect null unless delimited text
     * @param columns column names as written; may be empty when they are discovered later
     */
    void startDataset(String name, String format, Dialect dialect, List<String> columns);

    void addColumn(String name);

    /** One data record; {@code null} elements mean SQL NULL / missing and count as empty. */
    void record(String[] values);

    /**
     * @param complete false when the input ended mid-record or reading stopped on an error
     * @param bytes    bytes of the input that this dataset's records occupy (header excluded)
     */
    void endDataset(boolean complete, long bytes);

    /**
     * Free text of the input outside any table (a document's text, a plain text file), in order, in chunks
     * of any size; may come between datasets but never inside one. Receivers may scan it for identifiers;
     * the default ignores it.
     */
    default void text(CharSequence chunk) {
    }

    /**
     * A fault that did not stop reading (rows with a deviating field count, a cut document text): the data
     * was kept and the analyst should know. Receivers report it with the file; the default ignores it.
     */
    default void warning(org.telisik.core.model.FileError warning) {
    }
}
