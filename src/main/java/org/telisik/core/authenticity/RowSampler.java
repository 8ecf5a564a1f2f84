package org.telisik.core.authenticity;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.telisik.core.model.Dialect;
import org.telisik.core.read.SplittableSink;
import org.telisik.core.sampling.ReservoirSlots;

/**
 * Keeps a bounded uniform sample of each dataset's rows (reservoir sampling with a fixed seed, so the same
 * input always yields the same sample), the exact row count and a duplicate-row count, for the authenticity
 * checks that need whole rows. Memory is bounded by the capacity, whatever the size of the input, and by
 * {@link #TOTAL_ROWS} over all datasets: a dump of hundreds of tables or an import of thousands of files
 * shrinks the finished samples evenly (each stays a uniform sample), and beyond {@link #MAX_SAMPLES} datasets
 * only the largest keep theirs, as the checks look at the largest dataset that fits them first.
 */
public final class RowSampler implements SplittableSink {
    public static final int DEFAULT_CAPACITY = 5_000;
    static final int TOTAL_ROWS = 50_000;
    static final int MIN_ROWS = 200;
    static final int MAX_SAMPLES = TOTAL_ROWS / MIN_ROWS;
    private final int capacity;
    private final List<RowSample> finished = new ArrayList<>();
    private ReservoirSlots slots;
    private String name;
    private String format;
    private List<String> columns;
    private List<String[]> reservoir;
    private DuplicateRowEstimator duplicates;
    private long rows;
    /**
     * The duplicate level of the parts joined so far of the dataset being read in parts, for the parts made
     * after them ({@link DuplicateRowEstimator#DuplicateRowEstimator(int)}); 0 between datasets. Parts may be
     * made on another thread than the one joining.
     */
    private volatile int joinedLevel;

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
        this.slots = new ReservoirSlots(capacity, 7);
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
        slots.offer(reservoir, values, String[]::clone); // readers may reuse the array
        rows++;
    }

    @Override
    public void endDataset(boolean complete, long bytes) {
        List<String[]> padded = reservoir.stream().map(r -> Arrays.copyOf(r, columns.size())).toList();
        finished.add(new RowSample(name, format, columns, rows, padded, duplicates.duplicates(), duplicates.exact()));
        reservoir = null;
        duplicates = null;
        joinedLevel = 0;
        keepWithinTotal();
    }

    @Override
    public SplittableSink part(String dataset, String partFormat, Dialect dialect, List<String> columnNames) {
        RowSampler part = new RowSampler(capacity);
        part.startDataset(dataset, partFormat, dialect, columnNames);
        part.duplicates = new DuplicateRowEstimator(joinedLevel);
        return part;
    }

    /** The first part is taken over as it is; later ones merge their reservoirs by their row counts. */
    @Override
    public void join(SplittableSink other) {
        RowSampler part = (RowSampler) other;
        if (reservoir == null) {
            name = part.name;
            format = part.format;
            columns = part.columns;
            reservoir = part.reservoir;
            duplicates = part.duplicates;
            rows = part.rows;
            joinedLevel = duplicates.level();
            return;
        }
        while (columns.size() < part.columns.size()) {
            columns.add(part.columns.get(columns.size()));
        }
        reservoir = new ArrayList<>(ReservoirSlots.merge(reservoir, rows, part.reservoir, part.rows, capacity, rows));
        duplicates.absorb(part.duplicates);
        joinedLevel = duplicates.level();
        rows += part.rows;
    }

    private void keepWithinTotal() {
        if (finished.size() > MAX_SAMPLES) { // also when the rows fit: thousands of one-row DICOM headers
            finished.sort(Comparator.comparingLong(RowSample::rows).reversed()); // stable: ties keep their order
            finished.subList(MAX_SAMPLES, finished.size()).clear();
        }
        if (finished.stream().mapToLong(f -> f.sampled().size()).sum() <= TOTAL_ROWS) {
            return;
        }
        int cap = Math.max(MIN_ROWS, TOTAL_ROWS / finished.size());
        finished.replaceAll(f -> f.sampled().size() <= cap ? f : shrunk(f, cap));
    }

    /** A uniform sample of a uniform sample: shuffled with a fixed seed (the reservoir's slots are not), then cut. */
    private static RowSample shrunk(RowSample f, int cap) {
        List<String[]> rows = new ArrayList<>(f.sampled());
        Collections.shuffle(rows, new Random(11));
        return new RowSample(f.name(), f.format(), f.columns(), f.rows(), rows.subList(0, cap), f.duplicateRows(),
                f.duplicatesExact());
    }

    public List<RowSample> samples() {
        return List.copyOf(finished);
    }
}
