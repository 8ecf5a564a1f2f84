package org.telisik.core.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.telisik.core.identity.Masker;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.SemanticType;
import org.telisik.core.read.RecordSink;

/**
 * Profiles every dataset a reader streams into it; {@link #datasets()} returns the finished profiles and
 * {@link #entities()} the identifiers found in their free-text columns. Memory per column is fixed; across
 * columns a sample of {@link RowSample#SIZE} rows is kept for cross-column evidence. Not thread-safe: one
 * profiler per input.
 */
public final class DatasetProfiler implements RecordSink {
    private final List<ValueRecognizer> recognizers;
    private final NikValidator nikValidator;
    private final LocalDate referenceDate;
    private final boolean unmask;
    private final SemanticClassifier classifier = new SemanticClassifier();
    private final List<DatasetProfile> finished = new ArrayList<>();
    private final EntityTally entities = new EntityTally();

    private String name;
    private String format;
    private Dialect dialect;
    private List<ColumnAccumulator> columns;
    private RowSample sample;
    private long rows;
    private Handover lastEnded;

    /**
     * The running state of a dataset that one profiler ended, for another to go on with ({@link #resume}):
     * a dataset that turns out to be the first of several files of one shape is profiled once, not twice.
     */
    public static final class Handover {
        private final String name;
        private final String format;
        private final Dialect dialect;
        private final List<ColumnAccumulator> columns;
        private final RowSample sample;
        private final long rows;

        private Handover(DatasetProfiler p) {
            this.name = p.name;
            this.format = p.format;
            this.dialect = p.dialect;
            this.columns = List.copyOf(p.columns);
            this.sample = p.sample;
            this.rows = p.rows;
        }
    }

    /**
     * @param referenceDate newest date plausible for this data (resolves NIK centuries)
     * @param unmask        true only when the analyst explicitly asked to see personal data
     */
    public DatasetProfiler(LocalDate referenceDate, boolean unmask) {
        this.recognizers = Recognizers.standard(referenceDate);
        this.nikValidator = new NikValidator(RegionCodes.get(), referenceDate);
        this.referenceDate = referenceDate;
        this.unmask = unmask;
    }

    @Override
    public void startDataset(String name, String format, Dialect dialect, List<String> columnNames) {
        if (columns != null) {
            throw new IllegalStateException("dataset " + this.name + " was not ended");
        }
        this.lastEnded = null;
        this.name = name;
        this.format = format;
        this.dialect = dialect;
        this.rows = 0;
        this.columns = new ArrayList<>();
        this.sample = new RowSample();
        columnNames.forEach(this::addColumn);
    }

    @Override
    public void addColumn(String columnName) {
        boolean unnamed = columnName == null || columnName.isBlank();
        String label = unnamed ? "col_" + (columns.size() + 1) : columnName;
        SemanticType header = unnamed ? null : HeaderDictionary.get().lookup(columnName);
        columns.add(new ColumnAccumulator(label, header, recognizers, nikValidator, rows));
    }

    @Override
    public void record(String[] values) {
        while (values.length > columns.size()) {
            addColumn(null);
        }
        for (int c = 0; c < columns.size(); c++) {
            columns.get(c).add(c < values.length ? values[c] : null);
        }
        sample.offer(values);
        rows++;
    }

    @Override
    public void endDataset(boolean complete, long bytes) {
        List<SemanticClassifier.Decision> decisions = new ArrayList<>();
        for (ColumnAccumulator c : columns) {
            decisions.add(classifier.classify(c));
        }
        DatasetRefinement refinement = new DatasetRefinement(columns, decisions, sample.rows(), nikValidator, referenceDate);
        decisions = refinement.refine();
        List<ColumnProfile> profiles = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            profiles.add(profile(columns.get(i), decisions.get(i), refinement.contextYear()));
        }
        finished.add(new DatasetProfile(name, format, dialect, rows, bytes, complete, profiles, List.of()));
        lastEnded = new Handover(this);
        columns = null;
        sample = null;
    }

    /**
     * The dataset this profiler ended last, null when none was or a new one has started. Whoever takes it must
     * be the only one to use it from then on; this profiler never touches it again.
     */
    public Handover lastEnded() {
        return lastEnded;
    }

    /**
     * Goes on with a dataset another profiler ended, as if its records had come here: its rows stay counted
     * and further records ({@link #record}) and columns add to it. Ends with {@link #endDataset} as usual.
     */
    public void resume(Handover ended) {
        if (columns != null) {
            throw new IllegalStateException("dataset " + this.name + " was not ended");
        }
        this.name = ended.name;
        this.format = ended.format;
        this.dialect = ended.dialect;
        this.columns = new ArrayList<>(ended.columns);
        this.sample = ended.sample;
        this.rows = ended.rows;
    }

    /** Columns of the open dataset. */
    public int columnCount() {
        return columns == null ? 0 : columns.size();
    }

    /** True while a dataset is started and not ended (a reader failed in its middle). */
    public boolean inDataset() {
        return columns != null;
    }

    public List<DatasetProfile> datasets() {
        return List.copyOf(finished);
    }

    /** Identifiers found in free-text columns of all finished datasets, examples masked unless unmasked. */
    public List<EntityCount> entities() {
        return entities.toList(this::show);
    }

    private ColumnProfile profile(ColumnAccumulator column, SemanticClassifier.Decision d, int contextYear) {
        SemanticType type = d.type();
        List<String> examples = column.rawExamples().stream().map(v -> show(type, v)).toList();
        if (EntityTally.isFreeText(type)) {
            entities.add(column.textIdentifiers);
        }
        List<String> evidence = new ArrayList<>(d.evidence());
        evidence.addAll(column.inside.evidence(type, column.nonEmpty));
        return new ColumnProfile(column.name, type, d.confidence(), evidence, column.nonEmpty,
                column.distinct(), !column.distinctExact(), d.validity(), examples,
                ColumnStats.of(column, type, v -> show(type, v), contextYear));
    }

    private String show(SemanticType type, String value) {
        return unmask ? value : Masker.mask(type, value);
    }
}
