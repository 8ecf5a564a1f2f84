package org.telisik.core.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.telisik.core.model.CombinedMisfit;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.Dialect;
import org.telisik.core.profile.DatasetProfiler;
import org.telisik.core.read.RecordSink;
import org.telisik.core.read.SplittableSink;

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
    private final CombinedMisfits misfits = new CombinedMisfits();
    private List<CombinedMisfit> lastMisfits = List.of();

    CombinedDatasets(LocalDate referenceDate, boolean unmask) {
        this.referenceDate = referenceDate;
        this.unmask = unmask;
    }

    /** A sink for the datasets of one file; {@code file} is the path reported in the combined dataset. */
    RecordSink forFile(String file, Supplier<DatasetProfiler.Handover> own) {
        return new Route(file, own);
    }

    /** Notes a finished file (with its members) that gave no dataset, so the misfits name it with its reason. */
    void fileDone(FileReport report) {
        misfits.file(report);
    }

    /** The merged datasets that span at least two files, in order of first appearance. */
    List<DatasetProfile> finish() {
        lastMisfits = misfits.finish(groups.values());
        List<DatasetProfile> merged = new ArrayList<>();
        groups.values().stream().filter(CombinedGroup::spansFiles).forEach(g -> merged.add(g.finish()));
        groups.clear();
        return merged;
    }

    /** The files and datasets {@link #finish} did not combine, and why; empty when it combined nothing. */
    List<CombinedMisfit> misfits() {
        return lastMisfits;
    }

    private static String shape(String format, List<String> columns, int width) {
        return format + "|" + (columns.isEmpty() ? "#" + width : String.join("\u0001", columns).toLowerCase(Locale.ROOT));
    }

    /** Routes one file's datasets into their groups, mapping column positions onto the group's columns. */
    private final class Route implements SplittableSink {
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
        private boolean open;

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
            open = true;
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
            // a dataset that never reached a record was never routed; one with no group left went nowhere
            CombinedMisfit.Reason fixed = !decided ? CombinedMisfit.Reason.NO_RECORDS
                    : target == null ? CombinedMisfit.Reason.TOO_MANY_SHAPES : null;
            misfits.ended(new CombinedMisfits.Seen(file, name, format, List.copyOf(columns), fixed, List.of()),
                    target);
            target = null;
            first = null;
            mapping = new int[0];
            open = false;
        }

        /**
         * Parts only decide the dataset's shape: a dataset that is the first of its shape is taken over from its
         * file's profiler at the end. One that joins a group an earlier file started is profiled again record by
         * record into that group, which parts on several threads could not share: that dataset is not split.
         */
        @Override
        public SplittableSink part(String n, String f, Dialect d, List<String> cols) {
            boolean joinsGroup = cols.isEmpty() ? groups.keySet().stream().anyMatch(k -> k.startsWith(f + "|#"))
                    : groups.containsKey(shape(f, cols, 0));
            if (joinsGroup) {
                return null;
            }
            Route part = new Route(file, own);
            part.startDataset(n, f, d, cols);
            return part;
        }

        @Override
        public void join(SplittableSink other) {
            Route part = (Route) other;
            if (!open) {
                startDataset(part.name, part.format, part.dialect, part.columns);
            }
            for (int c = columns.size(); c < part.columns.size(); c++) {
                columns.add(part.columns.get(c));
            }
            if (!decided && part.decided) {
                decided = true;
                first = part.first;
            }
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
