package org.telisik.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.profile.DatasetProfiler;
import org.telisik.core.read.RecordSink;

/**
 * Merges datasets of the same shape across the files of one analysis (all DICOM headers of an import,
 * part01.csv ... part40.csv) so that they are profiled as one table. The shape is the format plus the column
 * names as known at the first record (or the field count, for headerless text). Memory stays bounded: at
 * most {@link #MAX_GROUPS} shapes are followed; datasets of further shapes are not combined.
 *
 * <p>The first dataset of a shape is profiled once: its file's profiler hands its running state over when the
 * dataset ends, and later datasets of the shape are added to that state. A single big file therefore costs
 * no second profiling; only the second and later files of a shape are profiled twice (alone and combined).
 */
final class CombinedDatasets {
    static final int MAX_GROUPS = 16;
    private final LocalDate referenceDate;
    private final boolean unmask;
    private final Map<String, CombinedGroup> groups = new LinkedHashMap<>();

    CombinedDatasets(LocalDate referenceDate, boolean unmask) {
        this.referenceDate = referenceDate;
        this.unmask = unmask;
    }

    /** A sink for the datasets of one file; {@code file} is the path reported in the combined dataset. */
    RecordSink forFile(String file, Supplier<DatasetProfiler.Handover> own) {
        return new Route(file, own);
    }

    /** The merged datasets that span at least two files, in order of first appearance. */
    List<DatasetProfile> finish() {
        List<DatasetProfile> merged = new ArrayList<>();
        groups.values().stream().filter(CombinedGroup::spansFiles).forEach(g -> merged.add(g.finish()));
        groups.clear();
        return merged;
    }

    private static String shape(String format, List<String> columns, int width) {
        return format + "|" + (columns.isEmpty() ? "#" + width : String.join("\u0001", columns).toLowerCase(Locale.ROOT));
    }

    /** Routes one file's datasets into their groups, mapping column positions onto the group's columns. */
    private final class Route implements RecordSink {
        private final String file;
        private final Supplier<DatasetProfiler.Handover> own;
        private String name;
        private String format;
        private Dialect dialect;
        private final List<String> columns = new ArrayList<>();
        private CombinedGroup target;
        /** The shape of a dataset that is the first of its shape: its profile is taken over when it ends. */
        private String first;
        private int[] mapping = new int[0];
        private boolean decided;

        Route(String file, Supplier<DatasetProfiler.Handover> own) {
            this.file = file;
            this.own = own;
        }

        @Override
        public void startDataset(String n, String f, Dialect d, List<String> cols) {
            name = n;
            format = f;
            dialect = d;
            columns.clear();
            columns.addAll(cols);
            target = null;
            first = null;
            decided = false;
        }

        @Override
        public void addColumn(String column) {
            columns.add(column);
        }

        @Override
        public void record(String[] values) {
            if (!decided) {
                decided = true;
                String shape = shape(format, columns, values.length);
                target = groups.get(shape);
                first = target == null && groups.size() < MAX_GROUPS ? shape : null;
            }
            while (columns.size() < values.length) { // as the profiler names them, for a hand-over too
                columns.add("col_" + (columns.size() + 1));
            }
            if (target == null) {
                return;
            }
            if (mapping.length != columns.size()) {
                mapping = new int[columns.size()];
                for (int c = 0; c < mapping.length; c++) {
                    mapping[c] = target.column(columns.get(c));
                }
            }
            String[] row = new String[Math.max(mapping.length == 0 ? 0 : max(mapping) + 1, 0)];
            for (int c = 0; c < values.length; c++) {
                row[mapping[c]] = values[c];
            }
            target.record(row);
        }

        @Override
        public void endDataset(boolean complete, long bytes) {
            DatasetProfiler.Handover ended = own.get();
            if (first != null && ended != null && !groups.containsKey(first) && groups.size() < MAX_GROUPS) {
                target = new CombinedGroup(ended, columns, format, referenceDate, unmask);
                groups.put(first, target);
            }
            if (target != null) {
                target.ended(file, name, complete, bytes);
            }
            target = null;
            first = null;
            mapping = new int[0];
        }

        private int max(int[] a) {
            int m = 0;
            for (int v : a) {
                m = Math.max(m, v);
            }
            return m;
        }
    }
}
