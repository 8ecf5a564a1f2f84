package org.telisik.core.read;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.telisik.core.model.Dialect;

/** Keeps everything a reader streams, checking the sink contract on the way; for tests only. */
public final class CollectingSink implements RecordSink {
    /** One dataset as the reader reported it. */
    public static final class Table {
        public String name;
        public String format;
        public Dialect dialect;
        public final List<String> columns = new ArrayList<>();
        public final List<String[]> rows = new ArrayList<>();
        public boolean complete;
        public long bytes = -1;

        public String value(int row, String column) {
            int c = columns.indexOf(column);
            if (c < 0) {
                throw new IllegalArgumentException("no column " + column + " in " + columns);
            }
            String[] r = rows.get(row);
            return c < r.length ? r[c] : null;
        }
    }

    public final List<Table> tables = new ArrayList<>();
    public final StringBuilder text = new StringBuilder();
    public final List<org.telisik.core.model.FileError> warnings = new ArrayList<>();
    private Table open;

    @Override
    public void startDataset(String name, String format, Dialect dialect, List<String> columns) {
        if (open != null) {
            throw new AssertionError("dataset " + open.name + " not ended before " + name);
        }
        open = new Table();
        open.name = name;
        open.format = format;
        open.dialect = dialect;
        open.columns.addAll(columns);
    }

    @Override
    public void addColumn(String name) {
        open.columns.add(name);
    }

    @Override
    public void record(String[] values) {
        if (open == null) {
            throw new AssertionError("record outside a dataset");
        }
        open.rows.add(Arrays.copyOf(values, values.length));
    }

    @Override
    public void endDataset(boolean complete, long bytes) {
        open.complete = complete;
        open.bytes = bytes;
        tables.add(open);
        open = null;
    }

    @Override
    public void text(CharSequence chunk) {
        text.append(chunk);
    }

    @Override
    public void warning(org.telisik.core.model.FileError warning) {
        warnings.add(warning);
    }

    public Table only() {
        if (tables.size() != 1) {
            throw new AssertionError("expected one dataset, got " + tables.size());
        }
        return tables.get(0);
    }
}
