package org.telisik.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.telisik.core.identity.VisibleText;

/**
 * Everything known about one column: why its type was chosen, its statistics, and every distribution the
 * profiler recorded (top values, length histogram ...). A statistic whose value is a map of label to count
 * becomes a chart, any other statistic a line of facts, so new statistics show up without view changes.
 */
public final class ColumnDetailViewModel {
    private final I18n i18n;
    private final StringProperty title = new SimpleStringProperty("");
    private final BooleanProperty present = new SimpleBooleanProperty();
    private final ObservableList<String> evidence = FXCollections.observableArrayList();
    private final ObservableList<Fact> facts = FXCollections.observableArrayList();
    private final ObservableList<Distribution> distributions = FXCollections.observableArrayList();

    /** One statistic as a label and a display value. */
    public record Fact(String label, String value) {
    }

    /** A named distribution, bars in the order the profiler gave them. */
    public record Distribution(String name, List<Bar> bars) {
    }

    public record Bar(String label, double value) {
    }

    ColumnDetailViewModel(I18n i18n) {
        this.i18n = i18n;
    }

    void show(ColumnRow row) {
        present.set(row != null);
        if (row == null) {
            title.set("");
            evidence.clear();
            facts.clear();
            distributions.clear();
            return;
        }
        title.set(i18n.get("detail.title", row.name(), row.type(), Math.round(row.confidence() * 100)));
        evidence.setAll(row.profile().evidence().stream().map(VisibleText::line).toList());
        List<Fact> f = new ArrayList<>();
        f.add(new Fact(i18n.get("column.nonEmpty"), String.format(i18n.locale(), "%,d", row.profile().nonEmpty())));
        f.add(new Fact(i18n.get("column.distinct"), row.distinctText(i18n.locale())));
        String validity = row.validityText(i18n.locale());
        if (!validity.isEmpty()) {
            f.add(new Fact(i18n.get("column.validity"), validity));
        }
        List<Distribution> d = new ArrayList<>();
        collect("", row.profile().stats(), f, d);
        facts.setAll(f);
        distributions.setAll(d);
    }

    /**
     * Walks the statistics: a map of numbers becomes a distribution (bars of ones, where every value is unique,
     * are left out: they say nothing), a map holding other things is walked in turn with its name as a prefix
     * (the NIK summary), anything else becomes a fact.
     */
    private void collect(String prefix, Map<?, ?> stats, List<Fact> f, List<Distribution> d) {
        stats.forEach((k, value) -> {
            String key = String.valueOf(k);
            String label = prefix.isEmpty() ? statLabel(key) : prefix + " · " + statLabel(key);
            if (value instanceof Map<?, ?> map && !map.isEmpty()
                    && map.values().stream().allMatch(v -> v instanceof Number)) {
                // inside a summary (the NIK's) bar names are the profiler's words and get translated; values never
                List<Bar> bars = bars(map).stream().map(b -> prefix.isEmpty() ? b
                        : new Bar(statLabel(b.label()), b.value())).toList();
                if (bars.stream().anyMatch(b -> b.value() > 1)) {
                    d.add(new Distribution(label, bars));
                }
            } else if (value instanceof Map<?, ?> map) {
                collect(label, map, f, d);
            } else if (key.endsWith("Share") && value instanceof Number share) {
                f.add(new Fact(label, String.format(i18n.locale(), "%.1f %%", share.doubleValue() * 100)));
            } else {
                f.add(new Fact(label, display(value)));
            }
        });
    }

    /** Numbers in the analyst's locale (18,4 in Indonesian); anything else as the profiler wrote it. */
    private String display(Object value) {
        if (value instanceof Double || value instanceof Float) {
            return String.format(i18n.locale(), "%,.1f", ((Number) value).doubleValue());
        }
        if (value instanceof Number n) {
            return String.format(i18n.locale(), "%,d", n.longValue());
        }
        if (value instanceof Boolean b) {
            return i18n.get(b ? "value.yes" : "value.no");
        }
        return VisibleText.line(String.valueOf(value));
    }

    private static List<Bar> bars(Map<?, ?> map) {
        List<Bar> bars = new ArrayList<>();
        map.forEach((k, v) -> {
            if (v instanceof Number n) {
                bars.add(new Bar(VisibleText.line(String.valueOf(k)), n.doubleValue()));
            }
        });
        return bars;
    }

    /** A translated name for known statistics; unknown ones keep their JSON key. */
    private String statLabel(String key) {
        String label = i18n.get("stat." + key);
        return label.equals("stat." + key) ? key : label;
    }

    public ReadOnlyStringProperty titleProperty() {
        return title;
    }

    /** True while a column is shown. */
    public ReadOnlyBooleanProperty presentProperty() {
        return present;
    }

    public ObservableList<String> evidence() {
        return evidence;
    }

    public ObservableList<Fact> facts() {
        return facts;
    }

    public ObservableList<Distribution> distributions() {
        return distributions;
    }
}
