package org.telisik.core.estimate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.telisik.core.model.Dialect;
import org.telisik.core.read.SplittableSink;
import org.telisik.core.sampling.OneInN;
import org.telisik.core.sampling.ReservoirSlots;

/**
 * Measures the size in bytes of the records a reader streams through it, in fixed memory: a mean, a
 * reservoir of {@value #RESERVOIR} sizes for percentiles, and at most {@value #BLOCKS} block means (adjacent
 * blocks merge when full) that show whether records grow or shrink through the file.
 *
 * <p>Sizes are rebuilt from the values as delimited UTF-8 text (values, delimiters, quotes where needed, one
 * line end); the estimator scales them to the exact bytes the reader reports, so only their spread matters.
 * That spread needs no census: the first {@value #ALL_FIRST} records (some 60 MB of a typical CSV) are all
 * sized, after them a random one in {@value #STRIDE} ({@link OneInN}); a block then still holds enough sized
 * records that sampling noise stays well under a percent of the spread. Rebuilding every record's size cost a twentieth of
 * a large analysis's CPU time. Records are still counted one by one.
 *
 * <p>The first {@value #HEAD} records of each dataset are kept as read (within {@value #HEAD_BUDGET} records over
 * all datasets): the estimate writes them again in the format a claim names and compresses them with its codec.
 * They are the head of the sample, consecutive as in the dump, so they compress as the dump's rows do.
 */
public final class RecordSizeSampler implements SplittableSink {
    static final int RESERVOIR = 4096;
    static final int BLOCKS = 64;
    static final int ALL_FIRST = 1 << 18;
    static final int STRIDE = 8;
    static final int HEAD = 1_500;
    static final int HEAD_BUDGET = 30_000;
    private int headsKept;
    private List<String> columns;
    private List<String[]> head;
    private final OneInN sampled = new OneInN(STRIDE);
    private final List<RecordSizes> finished = new ArrayList<>();
    private String name;
    private String format;
    private char delimiter;
    private long count;
    /** Records whose size was measured, of {@link #count}. */
    private long sized;
    private double sum;
    private final double[] reservoir = new double[RESERVOIR];
    private ReservoirSlots slots;
    private final double[] blockSums = new double[BLOCKS];
    private int blocks;
    private long blockSize;
    private long inBlock;
    /** Between startDataset and endDataset, so that the first part joined starts the dataset here. */
    private boolean open;
    /** Reservoir slots holding a size. */
    private int kept;
    /** Records sized in full before one in {@link #STRIDE}: {@link #ALL_FIRST}, none for a later part of a file. */
    private long allFirst = ALL_FIRST;
    /**
     * Parts made for the dataset being read in parts. Counted on the thread that makes the parts, while another
     * may join earlier ones; the reset at the dataset's end is waited for before the next dataset's parts.
     */
    private int partsGiven;

    @Override
    public void startDataset(String name, String format, Dialect dialect, List<String> columns) {
        this.name = name;
        this.format = format;
        this.delimiter = dialect == null ? ',' : dialect.delimiter();
        this.columns = new ArrayList<>(columns);
        this.head = new ArrayList<>();
        count = 0;
        sized = 0;
        slots = new ReservoirSlots(RESERVOIR, 42);
        sum = 0;
        blocks = 0;
        blockSize = 16;
        inBlock = 0;
        Arrays.fill(blockSums, 0);
        kept = 0;
        open = true;
    }

    @Override
    public void addColumn(String columnName) {
        columns.add(columnName); // sizes do not depend on column names, the rewritten records do
    }

    @Override
    public void record(String[] values) {
        if (head.size() < HEAD && headsKept < HEAD_BUDGET) {
            head.add(values.clone()); // readers may reuse the array
            headsKept++;
        }
        if (++count > allFirst && !sampled.next()) {
            return;
        }
        double size = sizeOf(values);
        int slot = slots.next();
        if (slot >= 0) {
            reservoir[slot] = size;
            kept = Math.max(kept, slot + 1);
        }
        sized++;
        sum += size;
        addToBlock(size);
    }

    @Override
    public void endDataset(boolean complete, long bytes) {
        double[] sorted = Arrays.copyOf(reservoir, kept);
        Arrays.sort(sorted);
        double mean = sized == 0 ? 0 : sum / sized;
        while (columns.size() < head.stream().mapToInt(r -> r.length).max().orElse(0)) {
            columns.add("col_" + (columns.size() + 1));
        }
        finished.add(new RecordSizes(name, format, count, mean, pct(sorted, 5), pct(sorted, 50), pct(sorted, 95),
                blockSpread(mean), bytes, columns, head));
        head = List.of();
        open = false;
        partsGiven = 0;
    }

    @Override
    public SplittableSink part(String dataset, String partFormat, Dialect dialect, List<String> columnNames) {
        RecordSizeSampler part = new RecordSizeSampler();
        part.allFirst = partsGiven++ == 0 ? ALL_FIRST : 0; // the head of the file is sized in full, as one read does
        part.startDataset(dataset, partFormat, dialect, columnNames);
        return part;
    }

    /**
     * Counts add up; the first part sized its first records in full and then one in {@value #STRIDE}, later parts
     * one in {@value #STRIDE} from their start, so the mean weighs each part's mean by its records, the size
     * reservoirs merge by the records each stands for, and the block means follow on at a common block size
     * (the first part's unfinished block is left out).
     */
    @Override
    public void join(SplittableSink other) {
        RecordSizeSampler part = (RecordSizeSampler) other;
        if (!open) {
            startDataset(part.name, part.format, null, part.columns);
            delimiter = part.delimiter;
        }
        for (int i = 0; i < part.head.size() && head.size() < HEAD && headsKept < HEAD_BUDGET; i++, headsKept++) {
            head.add(part.head.get(i));
        }
        while (columns.size() < part.columns.size()) {
            columns.add(part.columns.get(columns.size()));
        }
        double mean = count + part.count == 0 ? 0 : (mean() * count + part.mean() * part.count) / (count + part.count);
        List<Double> merged = ReservoirSlots.merge(kept(), count, part.kept(), part.count, RESERVOIR, count);
        for (int i = 0; i < merged.size(); i++) {
            reservoir[i] = merged.get(i);
        }
        kept = merged.size();
        count += part.count;
        sized += part.sized;
        sum = mean * sized;
        appendBlocks(part);
    }

    private double mean() {
        return sized == 0 ? 0 : sum / sized;
    }

    private List<Double> kept() {
        List<Double> sizes = new ArrayList<>();
        for (int i = 0; i < kept; i++) {
            sizes.add(reservoir[i]);
        }
        return sizes;
    }

    private void appendBlocks(RecordSizeSampler part) {
        while (blockSize < part.blockSize) {
            halveBlocks();
        }
        while (part.blockSize < blockSize) {
            part.halveBlocks();
        }
        blocks = inBlock == 0 ? blocks : blocks - 1;
        inBlock = 0;
        for (int i = 0; i < part.blocks; i++) {
            if (blocks == BLOCKS) {
                halveBlocks();
            }
            blockSums[blocks++] = part.blockSums[i];
        }
        inBlock = part.inBlock;
    }

    /** Pairs of adjacent blocks become one: twice the records per block, half the blocks. */
    private void halveBlocks() {
        if (blocks % 2 == 1) {
            inBlock = inBlock == 0 ? blockSize : inBlock; // the last block, alone, is half of a new one
        } else if (inBlock != 0) {
            inBlock += blockSize;
        }
        for (int i = 0; i < BLOCKS / 2; i++) {
            blockSums[i] = blockSums[2 * i] + blockSums[2 * i + 1];
        }
        Arrays.fill(blockSums, BLOCKS / 2, BLOCKS, 0);
        blocks = (blocks + 1) / 2;
        blockSize *= 2;
    }

    public List<RecordSizes> results() {
        return List.copyOf(finished);
    }

    private void addToBlock(double size) {
        if (inBlock == 0 && blocks == BLOCKS) {
            halveBlocks();
        }
        if (inBlock == 0) {
            blocks++;
        }
        blockSums[blocks - 1] += size;
        inBlock = (inBlock + 1) % blockSize;
    }

    /** Only whole blocks count: the last, partial block would add noise of its own. */
    private double blockSpread(double mean) {
        int whole = inBlock == 0 ? blocks : blocks - 1;
        if (whole < 4 || mean == 0) {
            return 0;
        }
        double m = 0;
        for (int i = 0; i < whole; i++) {
            m += blockSums[i] / blockSize;
        }
        m /= whole;
        double var = 0;
        for (int i = 0; i < whole; i++) {
            double d = blockSums[i] / blockSize - m;
            var += d * d;
        }
        return Math.sqrt(var / (whole - 1)) / mean;
    }

    private double sizeOf(String[] values) {
        long bytes = Math.max(0, values.length - 1) + 1L;
        for (String v : values) {
            if (v != null) {
                bytes += encodedLength(v, delimiter);
            }
        }
        return bytes;
    }

    /** UTF-8 bytes of a value written as a delimited field, with the quotes it would need, in one pass. */
    private static long encodedLength(String s, char delimiter) {
        long n = 0;
        int quotes = 0;
        boolean special = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
                if (c == '"') {
                    quotes++;
                    special = true;
                } else if (c == delimiter || c == '\n') {
                    special = true;
                }
            } else {
                n += c < 0x800 ? 2 : Character.isHighSurrogate(c) ? 2 : 3;
                special |= c == delimiter;
            }
        }
        return special ? n + 2 + quotes : n;
    }

    private static double pct(double[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.floor(p / 100.0 * sorted.length))];
    }
}
