package org.telisik.core.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The first records of one dataset, as read (unmasked: whoever shows them masks them). The dataset is named as
 * the workspace stores it: the path and SHA-256 of its file (or archive member) and its index among that file's
 * datasets.
 *
 * @param fileSha256 null when the file could not be hashed
 * @param columns    column names as the reader gave them
 * @param rows       records in file order; a null value is a missing one (SQL NULL), a short record is not padded
 */
public record DatasetPreview(String filePath, String fileSha256, int datasetIndex, String datasetName,
                             List<String> columns, List<List<String>> rows) {

    public DatasetPreview {
        Objects.requireNonNull(filePath, "filePath");
        columns = List.copyOf(columns);
        List<List<String>> copy = new ArrayList<>(rows.size());
        for (List<String> row : rows) {
            copy.add(Collections.unmodifiableList(new ArrayList<>(row))); // keeps nulls, unlike List.copyOf
        }
        rows = Collections.unmodifiableList(copy);
    }
}
