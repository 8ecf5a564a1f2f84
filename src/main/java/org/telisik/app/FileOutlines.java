package org.telisik.app;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.telisik.core.identity.AnalysisMasking;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;

/**
 * A file's report cut down to what the steps after an import read, so that a run holds a few kilobytes per file
 * instead of its whole report (about 25 KB for 20 rows of 5 columns; 10,000 files outgrew a 256 MB heap): the file's
 * facts and error, its datasets' names, shapes, sizes and column types (authenticity, attribution, estimate), the
 * range of date columns (timeline) and the person names of name columns (the masking of what is shown). The whole
 * reports are stored as they finish and read back a page at a time ({@link org.telisik.core.model.PagedFiles}).
 */
final class FileOutlines {
    private FileOutlines() {
    }

    static FileReport of(FileReport f) {
        return new FileReport(f.path(), f.sizeBytes(), f.sha256(), f.md5(), f.mediaType(), f.encoding(), f.error(),
                f.datasets().stream().map(FileOutlines::dataset).toList(), f.entries().stream().map(FileOutlines::of).toList(),
                f.entities().stream().map(e -> new EntityCount(e.semanticType(), e.count(), List.of())).toList());
    }

    /**
     * An outline cut down to what a line per file shows (path, type, size, error, datasets' names and rows, archive
     * members): without columns and entities there is little left to mask for each of thousands of lines.
     */
    static FileReport summary(FileReport f) {
        return new FileReport(f.path(), f.sizeBytes(), f.sha256(), f.md5(), f.mediaType(), f.encoding(), f.error(),
                f.datasets().stream().map(d -> new DatasetProfile(d.name(), d.format(), d.dialect(), d.rows(), d.bytes(),
                        d.complete(), List.of(), d.files())).toList(),
                f.entries().stream().map(FileOutlines::summary).toList(), List.of());
    }

    private static DatasetProfile dataset(DatasetProfile d) {
        return new DatasetProfile(d.name(), d.format(), d.dialect(), d.rows(), d.bytes(), d.complete(),
                d.columns().stream().map(FileOutlines::column).toList(), d.files());
    }

    private static ColumnProfile column(ColumnProfile c) {
        boolean names = AnalysisMasking.holdsNames(c);
        return new ColumnProfile(c.name(), c.semanticType(), c.confidence(), List.of(), c.nonEmpty(), c.distinct(),
                c.distinctEstimated(), c.validity(), names ? c.examples() : List.of(), stats(c, names));
    }

    private static Map<String, Object> stats(ColumnProfile c, boolean names) {
        Map<String, Object> kept = new LinkedHashMap<>();
        if (names && c.stats().containsKey("topValues")) {
            kept.put("topValues", c.stats().get("topValues"));
        }
        if (c.semanticType() == SemanticType.DATE || c.semanticType() == SemanticType.DATETIME) {
            for (String k : List.of("min", "max")) {
                if (c.stats().containsKey(k)) {
                    kept.put(k, c.stats().get(k));
                }
            }
        }
        return kept;
    }
}
