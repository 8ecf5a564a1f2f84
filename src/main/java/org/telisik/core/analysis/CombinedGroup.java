package org.telisik.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.profile.DatasetProfiler;

/** Datasets of one shape from several files, profiled as one table by a profiler that stays open. */
final class CombinedGroup {
    private final DatasetProfiler profiler;
    private final Map<String, Integer> columns = new HashMap<>();
    private final Set<String> files = new LinkedHashSet<>();
    private final String format;
    private String firstName;
    private String lastName;
    private long bytes;
    private boolean complete = true;

    CombinedGroup(String name, String format, Dialect dialect, LocalDate referenceDate, boolean unmask) {
        this.profiler = new DatasetProfiler(referenceDate, unmask);
        this.format = format;
        profiler.startDataset(name, format, dialect, List.of());
    }

    /** The group's column index for a column name, adding the column when it is new. */
    int column(String name) {
        return columns.computeIfAbsent(name, n -> {
            profiler.addColumn(n);
            return columns.size();
        });
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
