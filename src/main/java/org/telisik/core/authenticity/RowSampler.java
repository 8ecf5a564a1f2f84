package org.telisik.core.authenticity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.telisik.core.model.Dialect;
import org.telisik.core.read.RecordSink;

/**
 * Keeps a bounded uniform sample of each dataset's rows (reservoir sampling with a fixed seed, so the same
 * input always yields the same sample), the exact row count and a duplicate-row count, for the authenticity
 * checks that need whole rows. Memory is bounded by the capacity, whatever the size of the input.
 */
public final class RowSampler implements RecordSink {
    public static final int DEFAULT_CAPACITY = 5_000;
    private final int capacity;
    private final List<RowSample> finished = new ArrayList<>();
    private Random random;
    private String name;
    private String format;
    private List<String> columns;
    private List<String[]> reservoir;
    private DuplicateRowEstimator duplicates;
    private long rows;

    public RowSampler(int capacity) {
        this.capacity = capacity;
    }

    public RowSampler() {
        this(DEFAULT_CAPACITY);
    }

    @Override
    public void startDataset(String name, String format, Dialect dialect, List<String> columnNames) {
        this.name = name;
        this.format = format;
        this.columns = new ArrayList<>(columnNames);
        this.reservoir = new ArrayList<>();
        this.duplicates = new DuplicateRowEstimator();
        this.random = new Random(7);
        this.rows = 0;
    }

    @Override
    public void addColumn(String columnName) {
        columns.add(columnName);
    }

    @Override
    public void record(String[] values) {
        while (values.length > columns.size()) {
            columns.add("col_" + (columns.size() + 1));
        }
        duplicates.add(values);
        if (reservoir.size() < capacity) {
            reservoir.add(Arrays.copyOf(values, values.length));
        } else {
            long slot = (long) (random.nextDouble() * (rows + 1));
            if (slot < capacity) {
                reservoir.set((int) slot, Arrays.copyOf(values, values.length)); // readers may reuse the array
            }
        }
        rows++;
    }

    @Override
    public void endDataset(boolean complete, long bytes) {
        List<String[]> padded = reservoir.stream().map(r -> Arrays.copyOf(r, columns.size())).toList();
        finished.add(new RowSample(name, format, columns, rows, padded, duplicates.duplicates(), duplicates.exact()));
        reservoir = null;
        duplicates = null;
    }

    public List<RowSample> samples() {
        return List.copyOf(finished);
    }
}
