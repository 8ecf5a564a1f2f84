package org.telisik.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.profile.DatasetProfiler;

/**
 * Datasets of one shape from several files, profiled as one table by a profiler that stays open. It starts
 * from the first dataset's own profile state, so that dataset's records are not profiled a second time.
 */
final class CombinedGroup {
    private final DatasetProfiler profiler;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Set<String> files = new LinkedHashSet<>();
    private final String format;
    private String firstName;
    private String lastName;
    private long bytes;
    private boolean complete = true;

    /**
     * @param first       the first dataset's state, handed over by its file's profiler
     * @param columnNames that dataset's column names as its file wrote them, in order
     */
    CombinedGroup(DatasetProfiler.Handover first, List<String> columnNames, String format, LocalDate referenceDate,
                  boolean unmask) {
        this.profiler = new DatasetProfiler(referenceDate, unmask);
        this.format = format;
        profiler.resume(first);
        for (int i = 0; i < columnNames.size(); i++) {
            columns.putIfAbsent(columnNames.get(i), i); // a repeated name maps to its first column, as below
        }
    }

    /** The group's column index for a column name, adding the column when it is new. */
    int column(String name) {
        Integer known = columns.get(name);
        if (known != null) {
            return known;
        }
        profiler.addColumn(name);
        int index = profiler.columnCount() - 1;
        columns.put(name, index);
        return index;
    }

    void record(String[] values) {
        profiler.record(values);
    }

    void ended(String file, String name, boolean datasetComplete, long datasetBytes) {
        files.add(file);
        firstName = firstName == null ? name : firstName;
        lastName = name;
        bytes += datasetBytes;
        complete &= datasetComplete;
    }

    boolean spansFiles() {
        return files.size() >= 2;
    }

    DatasetProfile finish() {
        profiler.endDataset(complete, bytes);
        DatasetProfile p = profiler.datasets().get(0);
        String name = firstName.equals(lastName) ? firstName : firstName + " … " + lastName;
        return new DatasetProfile(name, format, p.dialect(), p.rows(), bytes, complete, p.columns(),
                new ArrayList<>(files));
    }
}
