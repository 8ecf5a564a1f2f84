package org.telisik.core.profile;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.sampling.OneInN;

/**
 * The running state of one dataset: its columns' accumulators, the row sample, the rows so far and, once
 * ended, what the reader said of its end. The profile is made from it only when first asked
 * ({@link DatasetProfiler#datasets()}), so that a later chunk's state can still be {@link #absorb}ed.
 */
final class DatasetState {
    /**
     * One row in this many is drawn for the settled columns' tier-2 work: a sixteenth keeps the estimates within
     * about a percent from a hundred thousand rows on, while tier 2 costs a sixteenth of what it did.
     */
    static final int TIER2_RATE = 16;
    /** Draws the rows of the tier-2 sample: random, not every 16th, so that periodic data cannot alias. */
    final OneInN draws;
    final String name;
    final String format;
    final Dialect dialect;
    final List<ColumnAccumulator> columns = new ArrayList<>();
    final RowSample sample;
    long rows;
    boolean ended;
    boolean complete = true;
    long bytes;
    /** Made once, from the state at that moment; the state must not change after. */
    DatasetProfile profile;

    /** @param tier2Rate one row in this many is drawn for tier 2 (1: every row, as before tiers existed) */
    DatasetState(String name, String format, Dialect dialect, int tier2Rate) {
        this(name, format, dialect, new RowSample(), new OneInN(tier2Rate));
    }

    private DatasetState(String name, String format, Dialect dialect, RowSample sample, OneInN draws) {
        this.draws = draws;
        this.name = name;
        this.format = format;
        this.dialect = dialect;
        this.sample = sample;
    }

    /**
     * A copy of the state that shares its accumulators and its draws: another profiler goes on with them, and
     * draws the rows one profiler fed every record would have drawn.
     */
    DatasetState continued() {
        DatasetState s = new DatasetState(name, format, dialect, sample, draws);
        s.columns.addAll(columns);
        s.rows = rows;
        return s;
    }

    void end(boolean datasetComplete, long datasetBytes) {
        ended = true;
        complete &= datasetComplete;
        bytes += datasetBytes;
    }

    /**
     * Takes over the same dataset's state fed the records that came next. Columns pair by position; a column
     * only this side has gets {@code later}'s rows as empty (they were shorter records), a column only
     * {@code later} has gets this side's rows as empty (one accumulator would have added it then, after them).
     * Bytes add and the dataset is complete only if both parts are; it is ended when {@code later} is.
     */
    void absorb(DatasetState later) {
        for (int c = 0; c < Math.max(columns.size(), later.columns.size()); c++) {
            if (c >= later.columns.size()) {
                columns.get(c).empty += later.rows;
            } else if (c >= columns.size()) {
                ColumnAccumulator added = later.columns.get(c);
                added.empty += rows;
                columns.add(added);
            } else {
                ColumnJoin.absorb(columns.get(c), later.columns.get(c));
            }
        }
        sample.absorb(later.sample);
        rows += later.rows;
        ended = later.ended;
        complete &= later.complete;
        bytes += later.bytes;
    }
}
