package org.telisik.core.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.telisik.core.identity.Masker;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.SemanticType;
import org.telisik.core.read.RecordSink;

/**
 * Profiles every dataset a reader streams into it; {@link #datasets()} returns the finished profiles.
 * Not thread-safe: one profiler per input.
 */
public final class DatasetProfiler implements RecordSink {
    private static final int TOP_VALUES = 5;
    private final List<ValueRecognizer> recognizers;
    private final boolean unmask;
    private final SemanticClassifier classifier = new SemanticClassifier();
    private final List<DatasetProfile> finished = new ArrayList<>();

    private String name;
    private String format;
    private Dialect dialect;
    private List<ColumnAccumulator> columns;
    private long rows;

    /**
     * @param referenceDate newest date plausible for this data (resolves NIK centuries)
     * @param unmask        true only when the analyst explicitly asked to see personal data
     */
    public DatasetProfiler(LocalDate referenceDate, boolean unmask) {
        this.recognizers = Recognizers.standard(referenceDate);
        this.unmask = unmask;
    }

    @Override
    public void startDataset(String name, String format, Dialect dialect, List<String> columnNames) {
        if (columns != null) {
            throw new IllegalStateException("dataset " + this.name + " was not ended");
        }
        this.name = name;
        this.format = format;
        this.dialect = dialect;
        this.rows = 0;
        this.columns = new ArrayList<>();
        columnNames.forEach(this::addColumn);
    }

    @Override
    public void addColumn(String columnName) {
        String label = columnName == null || columnName.isBlank() ? "col_" + (columns.size() + 1) : columnName;
        columns.add(new ColumnAccumulator(label, recognizers, rows));
    }

    @Override
    public void record(String[] values) {
        while (values.length > columns.size()) {
            addColumn(null);
        }
        for (int c = 0; c < columns.size(); c++) {
            columns.get(c).add(c < values.length ? values[c] : null);
        }
        rows++;
    }

    @Override
    public void endDataset(boolean complete, long bytes) {
        List<ColumnProfile> profiles = columns.stream().map(this::profile).toList();
        finished.add(new DatasetProfile(name, format, dialect, rows, bytes, complete, profiles, List.of()));
        columns = null;
    }

    /** True while a dataset is started and not ended (a reader failed in its middle). */
    public boolean inDataset() {
        return columns != null;
    }

    public List<DatasetProfile> datasets() {
        return List.copyOf(finished);
    }

    private ColumnProfile profile(ColumnAccumulator column) {
        SemanticClassifier.Decision d = classifier.classify(column);
        SemanticType type = d.type();
        List<String> examples = column.rawExamples().stream().map(v -> show(type, v)).toList();
        Map<String, Object> stats = new LinkedHashMap<>();
        stats.put("empty", column.empty);
        stats.put("lengthMin", column.lengthMin());
        stats.put("lengthMax", column.lengthMax());
        stats.put("lengthMean", Math.round(column.lengthMean() * 10) / 10.0);
        Map<String, Long> top = new LinkedHashMap<>();
        column.topValues(TOP_VALUES).forEach((v, n) -> top.merge(show(type, v), n, Long::sum));
        if (!top.isEmpty()) {
            stats.put("topValues", top);
        }
        return new ColumnProfile(column.name, type, d.confidence(), d.evidence(), column.nonEmpty,
                column.distinct(), !column.distinctExact(), d.validity(), examples, stats);
    }

    private String show(SemanticType type, String value) {
        return unmask ? value : Masker.mask(type, value);
    }
}
