package org.telisik.app;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.telisik.core.model.Dialect;
import org.telisik.core.read.SplittableSink;

/**
 * Keeps the first {@link #ROWS} records of every dataset that passes, in the order the datasets were read, teed
 * next to the profiler so that the preview costs no second read. Past the first rows a record costs one
 * comparison. {@link #drain()} hands over what was kept since the last call (the datasets of one file).
 */
final class PreviewCollector implements SplittableSink {
    static final int ROWS = 20;

    /** One dataset's name, columns and first records, as read. */
    record Captured(String name, List<String> columns, List<List<String>> rows) {
    }

    private final List<Captured> finished = new ArrayList<>();
    private String name;
    private List<String> columns;
    private List<List<String>> rows;

    @Override
    public void startDataset(String name, String format, Dialect dialect, List<String> columns) {
        this.name = name;
        this.columns = new ArrayList<>();
        columns.forEach(this::addColumn);
        this.rows = new ArrayList<>(ROWS);
    }

    @Override
    public void addColumn(String column) {
        if (columns != null) {
            columns.add(column == null ? "" : column); // the profile names unnamed columns; the view uses those
        }
    }

    @Override
    public void record(String[] values) {
        if (rows != null && rows.size() < ROWS) {
            rows.add(Arrays.asList(values.clone())); // the reader reuses its array; nulls (missing values) stay
        }
    }

    @Override
    public void endDataset(boolean complete, long bytes) {
        if (rows != null) {
            finished.add(new Captured(name, List.copyOf(columns), List.copyOf(rows)));
        }
        name = null;
        columns = null;
        rows = null;
    }

    @Override
    public SplittableSink part(String dataset, String format, Dialect dialect, List<String> names) {
        PreviewCollector part = new PreviewCollector();
        part.startDataset(dataset, format, dialect, names);
        return part;
    }

    /** The first rows of a dataset read in parts are the first part's, topped up from the next parts. */
    @Override
    public void join(SplittableSink other) {
        PreviewCollector part = (PreviewCollector) other;
        if (rows == null) {
            name = part.name;
            columns = part.columns;
            rows = new ArrayList<>(ROWS);
        }
        for (int i = columns.size(); i < part.columns.size(); i++) {
            columns.add(part.columns.get(i));
        }
        for (int i = 0; i < part.rows.size() && rows.size() < ROWS; i++) {
            rows.add(part.rows.get(i));
        }
    }

    /** The datasets finished since the last call, oldest first. */
    List<Captured> drain() {
        List<Captured> done = List.copyOf(finished);
        finished.clear();
        return done;
    }
}
