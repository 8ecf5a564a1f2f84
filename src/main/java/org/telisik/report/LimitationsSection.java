package org.telisik.report;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.FileReport;

/**
 * Section 12: what the findings cannot show. The general limits always apply; the case-specific ones are
 * listed when this analysis gives cause (files with errors, incomplete tables, estimated counts).
 */
final class LimitationsSection implements ReportSection {
    private static final String[] GENERAL = {"limits.absence", "limits.representative", "limits.authenticity",
        "limits.reference", "limits.masking"};

    @Override
    public void write(Html html, ReportContext ctx) {
        Messages msg = ctx.msg();
        ctx.heading(html, "limits.title");
        html.open("ul");
        for (String key : GENERAL) {
            html.element("li", msg.get(key));
        }
        for (String line : specific(ctx)) {
            html.element("li", line);
        }
        html.close("ul").newline();
    }

    private static List<String> specific(ReportContext ctx) {
        Messages msg = ctx.msg();
        long errors = ctx.analysis().files().stream().mapToLong(LimitationsSection::errors).sum();
        List<LocatedDataset> datasets = LocatedDataset.all(ctx.analysis());
        long incomplete = datasets.stream().filter(d -> !d.dataset().complete()).count();
        boolean estimated = datasets.stream().flatMap(d -> d.dataset().columns().stream())
                .anyMatch(ColumnProfile::distinctEstimated);
        List<String> lines = new ArrayList<>();
        if (errors > 0) {
            lines.add(msg.get("limits.errors", msg.number(errors)));
        }
        if (incomplete > 0) {
            lines.add(msg.get("limits.incomplete", msg.number(incomplete)));
        }
        if (estimated) {
            lines.add(msg.get("limits.estimatedDistinct"));
        }
        return lines;
    }

    private static long errors(FileReport f) {
        return (f.error() == null ? 0 : 1) + f.entries().stream().mapToLong(LimitationsSection::errors).sum();
    }
}
