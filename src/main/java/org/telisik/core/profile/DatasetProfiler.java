package org.telisik.core.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.SemanticType;
import org.telisik.core.read.RecordSink;

/**
 * Profiles every dataset a reader streams into it; {@link #datasets()} returns the finished profiles and
 * {@link #entities()} the identifiers found in their free-text columns. Memory per column is fixed; across
 * columns a sample of {@link RowSample#SIZE} rows is kept for cross-column evidence. Not thread-safe: one
 * profiler per input, or per chunk of an input ({@link #absorb}). An ended dataset is classified only when
 * first asked for, so that the profile of a later chunk can still join it.
 */
public final class DatasetProfiler implements RecordSink {
    private final List<ValueRecognizer> recognizers;
    private final NikValidator nikValidator;
    private final ProfileMaker maker;
    /** Every dataset started, in order; only the last may be open. */
    private final List<DatasetState> datasets = new ArrayList<>();
    private DatasetState open;
    private int made;
    private final int tier2Rate;

    /**
     * The running state of a dataset that one profiler ended, for another to go on with ({@link #resume}):
     * a dataset that turns out to be the first of several files of one shape is profiled once, not twice.
     */
    public static final class Handover {
        private final DatasetState state;

        private Handover(DatasetState state) {
            this.state = state;
        }
    }

    /**
     * @param referenceDate newest date plausible for this data (resolves NIK centuries)
     * @param unmask        true only when the analyst explicitly asked to see personal data
     */
    public DatasetProfiler(LocalDate referenceDate, boolean unmask) {
        this(referenceDate, unmask, DatasetState.TIER2_RATE);
    }

    /** @param tier2Rate one row in this many is drawn for tier 2; 1 tests every value (tests compare the two) */
    DatasetProfiler(LocalDate referenceDate, boolean unmask, int tier2Rate) {
        this.tier2Rate = tier2Rate;
        this.recognizers = Recognizers.standard(referenceDate);
        this.nikValidator = new NikValidator(RegionCodes.get(), referenceDate);
        this.maker = new ProfileMaker(nikValidator, referenceDate, unmask);
    }

    @Override
    public void startDataset(String name, String format, Dialect dialect, List<String> columnNames) {
        requireNoneOpen();
        open = new DatasetState(name, format, dialect, tier2Rate);
        datasets.add(open);
        columnNames.forEach(this::addColumn);
    }

    @Override
    public void addColumn(String columnName) {
        boolean unnamed = columnName == null || columnName.isBlank();
        String label = unnamed ? "col_" + (open.columns.size() + 1) : columnName;
        SemanticType header = unnamed ? null : HeaderDictionary.get().lookup(columnName);
        open.columns.add(new ColumnAccumulator(label, header, recognizers, nikValidator, open.rows));
    }

    @Override
    public void record(String[] values) {
        List<ColumnAccumulator> columns = open.columns;
        while (values.length > columns.size()) {
            addColumn(null);
        }
        boolean drawn = open.draws.next();
        for (int c = 0; c < columns.size(); c++) {
            columns.get(c).add(c < values.length ? values[c] : null, drawn);
        }
        open.sample.offer(values);
        open.rows++;
    }

    @Override
    public void endDataset(boolean complete, long bytes) {
        open.end(complete, bytes);
        open = null;
    }

    /**
     * Takes over the profile of the records that came directly after this profiler's, in the same input (a later
     * chunk of the same file), fed to {@code later} through the same RecordSink calls. A dataset of the same name
     * as this profiler's last dataset continues it (same columns; rows, bytes added; complete only if both are);
     * other datasets are appended in order. After it, datasets() and entities() are what ONE profiler fed both
     * streams in order would give: equal where the figure is exact (counts, lengths, ranges, shapes, validity,
     * exact top values and distinct counts, examples in order, NIK summaries, ...), within the sketch's error where
     * it is a sketch (HyperLogLog, Space-Saving past the exact limit) or a sample. {@code later} must not be used
     * afterwards. Must be called before datasets() is first called on either, except that {@code later} may start
     * a new dataset after ones this side made the profiles of (the next table of a dump read in parts).
     *
     * <p>Either side's last dataset may still be open (not ended): this side's open dataset must then be
     * continued by {@code later}'s first, and the result is open exactly when {@code later}'s last is. Also
     * before {@link #lastEnded()} is taken from either, which makes that dataset's profile.
     */
    public void absorb(DatasetProfiler later) {
        List<DatasetState> next = new ArrayList<>(later.datasets);
        DatasetState last = datasets.isEmpty() ? null : datasets.get(datasets.size() - 1);
        boolean continues = last != null && !next.isEmpty() && Objects.equals(last.name, next.get(0).name);
        // a dump's next table may follow a dataset whose profile was made (taken at its end): only a made one is final
        if (later.made > 0 || continues && made == datasets.size()) {
            throw new IllegalStateException("absorb must come before datasets(), entities() or lastEnded()");
        }
        if (continues) {
            last.absorb(next.remove(0));
            open = last.ended ? null : last;
        } else if (open != null) {
            throw new IllegalStateException("dataset " + open.name + " is open and the later chunk does not continue it");
        }
        datasets.addAll(next);
        if (!next.isEmpty()) {
            open = later.open;
        }
        later.datasets.clear();
        later.open = null;
    }

    /**
     * The dataset this profiler ended last, null when none was or a new one has started. Whoever takes it must
     * be the only one to use it from then on; this profiler never touches it again. Its profile here is made
     * now, from the state as it is before the taker goes on with it.
     */
    public Handover lastEnded() {
        if (open != null || datasets.isEmpty()) {
            return null;
        }
        makeProfiles();
        return new Handover(datasets.get(datasets.size() - 1).continued());
    }

    /**
     * Goes on with a dataset another profiler ended, as if its records had come here: its rows stay counted
     * and further records ({@link #record}) and columns add to it. Ends with {@link #endDataset} as usual.
     */
    public void resume(Handover ended) {
        requireNoneOpen();
        open = ended.state;
        datasets.add(open);
    }

    /** Columns of the open dataset. */
    public int columnCount() {
        return open == null ? 0 : open.columns.size();
    }

    /** True while a dataset is started and not ended (a reader failed in its middle). */
    public boolean inDataset() {
        return open != null;
    }

    /** Profiles of the ended datasets, made on the first call for each. */
    public List<DatasetProfile> datasets() {
        makeProfiles();
        return datasets.subList(0, made).stream().map(s -> s.profile).toList();
    }

    /** Identifiers found in free-text columns of all finished datasets, examples masked unless unmasked. */
    public List<EntityCount> entities() {
        makeProfiles();
        return maker.entities();
    }

    /** Makes the profiles of the ended datasets not made yet, in order (entities sum in that order). */
    private void makeProfiles() {
        while (made < datasets.size() && datasets.get(made).ended) {
            DatasetState s = datasets.get(made++);
            s.profile = maker.make(s);
        }
    }

    private void requireNoneOpen() {
        if (open != null) {
            throw new IllegalStateException("dataset " + open.name + " was not ended");
        }
    }
}
