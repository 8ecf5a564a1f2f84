package org.telisik.core.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.telisik.core.model.Attribution;

/**
 * Ranks the systems of a {@link SchemaCatalog} by how much of a sample they explain. Each sample table meets
 * the schema table of the same name, or else the one sharing the most column weight ({@link ColumnWeights}).
 * It counts as matched when, by name, half its column weight and two specific columns (or its only one) match; without the name,
 * 60% of the weight and three specific columns. A system's score is the weighted share of the sample's columns
 * its matched tables explain (a name match counts in full, a columns-only match at 80%). Systems explaining no
 * table, or less than {@link #MIN_SCORE}, are not candidates: a generic {@code id, name, email} table has no
 * specific column and is attributed to none.
 */
public final class SchemaMatcher {
    static final double MIN_SCORE = 0.1;
    private static final double NAME_SHARE = 0.5;
    private static final double COLUMN_SHARE = 0.6;
    private final SchemaCatalog catalog;
    private final ColumnWeights weights;
    private final Map<String, SystemIndex> indexes = new HashMap<>();

    public SchemaMatcher(SchemaCatalog catalog) {
        this.catalog = catalog;
        this.weights = new ColumnWeights(catalog.systems());
        catalog.systems().forEach(s -> indexes.put(s.id(), new SystemIndex(s)));
    }

    /** The candidate systems, best first; empty when none fits. */
    public List<Attribution> attribute(List<SampleTable> sample) {
        List<Scored> scored = new ArrayList<>();
        for (SystemSchema s : catalog.systems()) {
            Scored r = score(s, sample);
            if (!r.matched().isEmpty() && r.score() >= MIN_SCORE) {
                scored.add(r);
            }
        }
        scored.sort(Comparator.comparingDouble(Scored::score).reversed()
                .thenComparing(Comparator.comparingInt((Scored r) -> r.matched().size()).reversed())
                .thenComparing(Comparator.comparingInt((Scored r) -> r.system().tables().size()).reversed()));
        return scored.stream().map(r -> AttributionEvidence.of(r, sample.size())).toList();
    }

    /** One system's result before it is written up. */
    record Scored(SystemSchema system, double score, List<TableResult> matched, List<String> unmatched) {
    }

    /** A matched table with the sample's columns the schema table lacks. */
    record TableResult(Attribution.TableMatch match, boolean byName, List<String> missingFromSchema) {
    }

    private Scored score(SystemSchema s, List<SampleTable> sample) {
        SystemIndex index = indexes.get(s.id());
        double explained = 0;
        double total = 0;
        List<TableResult> matched = new ArrayList<>();
        List<String> unmatched = new ArrayList<>();
        for (SampleTable t : sample) {
            Set<String> columns = new LinkedHashSet<>();
            t.columns().forEach(c -> columns.add(ColumnWeights.key(c)));
            double weight = columns.stream().mapToDouble(weights::of).sum();
            if (weight == 0) {
                continue; // no named column: nothing to compare
            }
            total += weight;
            String byName = index.tableNamed(t.name());
            String schemaTable = byName != null ? byName : index.bestByColumns(columns, weights);
            if (schemaTable == null) {
                unmatched.add(t.name());
                continue;
            }
            Set<String> theirs = index.columns(schemaTable);
            double hit = 0;
            int specific = 0;
            int count = 0;
            List<String> missing = new ArrayList<>();
            for (String c : columns) {
                if (theirs.contains(c)) {
                    hit += weights.of(c);
                    count++;
                    specific += ColumnWeights.isGeneric(c) ? 0 : 1;
                } else {
                    missing.add(c);
                }
            }
            double share = hit / weight;
            long ownWords = columns.stream().filter(c -> !ColumnWeights.isGeneric(c)).count();
            boolean accepted = byName != null ? share >= NAME_SHARE && specific >= Math.min(2, ownWords) && specific >= 1
                    : share >= COLUMN_SHARE && specific >= 3;
            if (accepted) {
                explained += weight * share * (byName != null ? 1.0 : 0.8);
                matched.add(new TableResult(new Attribution.TableMatch(t.name(), schemaTable, count, columns.size()),
                        byName != null, missing));
            } else {
                unmatched.add(t.name());
            }
        }
        return new Scored(s, total == 0 ? 0 : Math.round(explained / total * 1000) / 1000.0, matched, unmatched);
    }

    /** A system's tables by lower-cased name and its columns by table, with the tables using each column. */
    private static final class SystemIndex {
        private final Map<String, String> byLowerName = new HashMap<>();
        private final Map<String, Set<String>> columns = new HashMap<>();
        private final Map<String, List<String>> tablesWithColumn = new HashMap<>();

        SystemIndex(SystemSchema s) {
            s.tables().forEach((table, cols) -> {
                byLowerName.putIfAbsent(ColumnWeights.key(table), table);
                Set<String> keys = new LinkedHashSet<>();
                cols.forEach(c -> keys.add(ColumnWeights.key(c)));
                columns.put(table, keys);
                keys.forEach(k -> tablesWithColumn.computeIfAbsent(k, x -> new ArrayList<>()).add(table));
            });
        }

        String tableNamed(String name) {
            return byLowerName.get(ColumnWeights.key(name));
        }

        Set<String> columns(String table) {
            return columns.get(table);
        }

        /** The table sharing the most column weight with {@code sample}; null when none shares a column. */
        String bestByColumns(Set<String> sample, ColumnWeights weights) {
            Map<String, Double> shared = new HashMap<>();
            for (String c : sample) {
                double w = weights.of(c);
                tablesWithColumn.getOrDefault(c, List.of()).forEach(t -> shared.merge(t, w, Double::sum));
            }
            return shared.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
                    .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .map(Map.Entry::getKey).orElse(null);
        }
    }
}
