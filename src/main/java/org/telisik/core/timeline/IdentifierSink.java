package org.telisik.core.timeline;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.Dialect;
import org.telisik.core.read.SplittableSink;

/**
 * Watches every record for columns of {@link DatedIdentifier}s and keeps the largest of each, in memory bounded
 * by the number of columns. A column is given up once its first {@link #PROBE} values are not at least 90% such
 * identifiers, so a wide table costs one probe per column and then nothing. Teed next to the profiler: the
 * profile keeps no maximum of text values, and the newest identifier must be exact, not sampled.
 */
public final class IdentifierSink implements SplittableSink {
    static final int PROBE = 100;
    private final List<Newest> finished = new ArrayList<>();
    private String dataset;
    private final List<String> columns = new ArrayList<>();
    private final List<ColumnState> states = new ArrayList<>();

    /** The newest identifier of one column of one dataset, with the share of the column's values that were dated. */
    public record Newest(String dataset, String column, String value, java.time.LocalDate date) {
    }

    @Override
    public void startDataset(String name, String format, Dialect dialect, List<String> columnNames) {
        dataset = name;
        columns.clear();
        states.clear();
        columnNames.forEach(this::addColumn);
    }

    @Override
    public void addColumn(String name) {
        columns.add(name);
        states.add(new ColumnState());
    }

    @Override
    public void record(String[] values) {
        for (int i = 0; i < values.length && i < states.size(); i++) {
            ColumnState s = states.get(i);
            if (s.alive && values[i] != null && !values[i].isBlank()) {
                s.add(values[i].strip());
            }
        }
    }

    @Override
    public void endDataset(boolean complete, long bytes) {
        for (int i = 0; i < states.size(); i++) {
            ColumnState s = states.get(i);
            if (s.alive && s.max != null && s.dated * 10 >= s.seen * 9) {
                finished.add(new Newest(dataset, columns.get(i), s.max.value(), s.max.date()));
            }
        }
        states.clear();
    }

    @Override
    public SplittableSink part(String name, String format, Dialect dialect, List<String> columnNames) {
        IdentifierSink part = new IdentifierSink();
        part.startDataset(name, format, dialect, columnNames);
        return part;
    }

    /**
     * Maxima and counts add up. A part probes its own first values; a column its first part kept and that held
     * its probe stays, as one read would keep it; a later part's column that failed its probe drops out of the
     * maximum (its values were not dated enough there), which the share at the end weighs as not dated.
     */
    @Override
    public void join(SplittableSink other) {
        IdentifierSink part = (IdentifierSink) other;
        if (states.isEmpty()) { // between datasets: the first part starts this one
            startDataset(part.dataset, null, null, part.columns);
        }
        for (int i = 0; i < part.states.size(); i++) {
            if (i == states.size()) {
                addColumn(part.columns.get(i));
            }
            states.get(i).absorb(part.states.get(i));
        }
    }

    /** Per column of every dataset ended so far, its newest dated identifier. */
    public List<Newest> newest() {
        return List.copyOf(finished);
    }

    private static final class ColumnState {
        boolean alive = true;
        long seen;
        long dated;
        DatedIdentifier max;

        void absorb(ColumnState later) {
            alive = alive && (later.alive || seen >= PROBE);
            seen += later.seen;
            dated += later.dated;
            if (later.max != null && (max == null || later.max.compareTo(max) > 0)) {
                max = later.max;
            }
            max = alive ? max : null;
        }

        void add(String v) {
            seen++;
            DatedIdentifier d = DatedIdentifier.parse(v);
            if (d != null) {
                dated++;
                if (max == null || d.compareTo(max) > 0) {
                    max = d;
                }
            }
            if (seen == PROBE && dated * 10 < seen * 9) {
                alive = false;
                max = null;
            }
        }
    }
}
