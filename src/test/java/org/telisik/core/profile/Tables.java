package org.telisik.core.profile;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;

/** Feeds rows straight into a {@link DatasetProfiler}, as a reader would. */
final class Tables {
    static final LocalDate REFERENCE = LocalDate.of(2026, 11, 27);

    private Tables() {
    }

    static DatasetProfile profile(List<String> header, List<String[]> rows) {
        return profile(header, rows, false);
    }

    static DatasetProfile profile(List<String> header, List<String[]> rows, boolean unmask) {
        DatasetProfiler profiler = new DatasetProfiler(REFERENCE, unmask);
        profiler.startDataset("t", "csv", null, header);
        rows.forEach(profiler::record);
        profiler.endDataset(true, 0);
        return profiler.datasets().get(0);
    }

    /** One column of values under one header (null: no header). */
    static ColumnProfile column(String header, String... values) {
        List<String[]> rows = Arrays.stream(values).map(v -> new String[] {v}).toList();
        return profile(header == null ? List.of() : List.of(header), rows).columns().get(0);
    }

    static String describe(ColumnProfile c) {
        return c.name() + " -> " + c.semanticType().id() + " " + c.confidence() + " " + c.evidence() + " validity="
                + c.validity() + " examples=" + c.examples() + " stats=" + c.stats();
    }
}
