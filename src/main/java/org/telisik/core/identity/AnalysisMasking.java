package org.telisik.core.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.FileReport;

/**
 * The one place where an analysis is masked for output. The workspace keeps examples and top values as read
 * (so that an explicit, audited unmask stays possible); every output — JSON, reports, the desktop — passes
 * through here unless the analyst asked for unmasked values. Examples, entity examples and top values of
 * personal-data columns are masked; masking is idempotent, so masked input passes unchanged.
 */
public final class AnalysisMasking {
    private AnalysisMasking() {
    }

    /** The analysis to show: as given when {@code unmasked}, masked otherwise. */
    public static CaseAnalysis of(CaseAnalysis analysis, boolean unmasked) {
        if (unmasked) {
            return analysis;
        }
        return new CaseAnalysis(analysis.caseInfo(), analysis.files().stream().map(AnalysisMasking::file).toList(),
                analysis.combined().stream().map(AnalysisMasking::dataset).toList(), analysis.estimate(),
                analysis.authenticity()).withForensics(analysis.attribution(), analysis.timeline());
    }

    /** One file's report (and its archive members) masked. */
    public static FileReport file(FileReport f) {
        return new FileReport(f.path(), f.sizeBytes(), f.sha256(), f.md5(), f.mediaType(), f.encoding(), f.error(),
                f.datasets().stream().map(AnalysisMasking::dataset).toList(),
                f.entries().stream().map(AnalysisMasking::file).toList(),
                f.entities().stream().map(AnalysisMasking::entity).toList());
    }

    private static DatasetProfile dataset(DatasetProfile d) {
        return new DatasetProfile(d.name(), d.format(), d.dialect(), d.rows(), d.bytes(), d.complete(),
                d.columns().stream().map(AnalysisMasking::column).toList(), d.files());
    }

    private static EntityCount entity(EntityCount e) {
        return new EntityCount(e.semanticType(), e.count(),
                e.examples().stream().map(v -> Masker.mask(e.semanticType(), v)).toList());
    }

    private static ColumnProfile column(ColumnProfile c) {
        if (!c.semanticType().isPersonal()) {
            return c;
        }
        List<String> examples = c.examples().stream().map(v -> Masker.mask(c.semanticType(), v)).toList();
        return new ColumnProfile(c.name(), c.semanticType(), c.confidence(), c.evidence(), c.nonEmpty(), c.distinct(),
                c.distinctEstimated(), c.validity(), examples, maskTopValues(c));
    }

    private static Map<String, Object> maskTopValues(ColumnProfile c) {
        Object top = c.stats().get("topValues");
        if (!(top instanceof Map<?, ?> values)) {
            return c.stats();
        }
        Map<String, Object> masked = new LinkedHashMap<>();
        // two values may mask alike: their counts add up instead of one hiding the other
        values.forEach((k, v) -> masked.merge(Masker.mask(c.semanticType(), String.valueOf(k)), v, AnalysisMasking::sum));
        Map<String, Object> stats = new LinkedHashMap<>(c.stats());
        stats.put("topValues", masked);
        return stats;
    }

    private static Object sum(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return x.longValue() + y.longValue();
        }
        return a;
    }
}
