package org.telisik.core.attribution;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.Attribution;

/** Writes a scored system up as an {@link Attribution}: the tables, and sentences a person can check. */
final class AttributionEvidence {
    private static final int TABLES_NAMED = 5;

    private AttributionEvidence() {
    }

    static Attribution of(SchemaMatcher.Scored r, int sampleTables) {
        List<String> evidence = new ArrayList<>();
        long byName = r.matched().stream().filter(SchemaMatcher.TableResult::byName).count();
        int columns = r.matched().stream().mapToInt(m -> m.match().columnsInSample()).sum();
        int hits = r.matched().stream().mapToInt(m -> m.match().columnsMatched()).sum();
        evidence.add(r.matched().size() + " of " + sampleTables + " sample tables correspond to tables of "
                + r.system().name() + " (" + byName + " by name); " + hits + " of their " + columns
                + " columns have the schema's column names.");
        List<String> differing = new ArrayList<>();
        for (SchemaMatcher.TableResult m : r.matched()) {
            if (!m.missingFromSchema().isEmpty() && differing.size() < TABLES_NAMED) {
                differing.add(m.match().sample() + " (" + String.join(", ", m.missingFromSchema().stream().limit(5).toList())
                        + (m.missingFromSchema().size() > 5 ? ", ..." : "") + ")");
            }
        }
        if (!differing.isEmpty()) {
            evidence.add("Columns not in the schema" + (r.system().version() == null ? "" : " version "
                    + r.system().version()) + ", a sign of another version or local changes: " + String.join("; ", differing) + ".");
        }
        if (!r.unmatched().isEmpty()) {
            evidence.add(r.unmatched().size() + " sample tables have no counterpart in this schema.");
        }
        return new Attribution(r.system().id(), r.system().name(), r.system().version(), r.score(),
                r.matched().stream().map(SchemaMatcher.TableResult::match).toList(), r.unmatched(), evidence);
    }
}
