package org.telisik.report;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.ColumnProfile;

/** Section 5: per dataset, what each column holds, how sure Telisik is and why, with masked examples. */
final class ColumnsSection implements ReportSection {

    @Override
    public void write(Html html, ReportContext ctx) {
        Messages msg = ctx.msg();
        ctx.heading(html, "columns.title");
        List<LocatedDataset> datasets = LocatedDataset.all(ctx.analysis());
        if (datasets.isEmpty()) {
            ctx.notAvailable(html, "columns.none");
            return;
        }
        html.element("p", msg.get(ctx.input().unmasked() ? "columns.intro.unmasked" : "columns.intro.masked"));
        List<String> headers = List.of(msg.get("columns.column"), msg.get("columns.type"), msg.get("columns.confidence"),
                msg.get("columns.evidence"), msg.get("columns.nonEmpty"), msg.get("columns.distinct"),
                msg.get("columns.validity"), msg.get("columns.examples"));
        for (LocatedDataset located : datasets) {
            html.element("h3", located.title(msg));
            if (located.dataset().columns().isEmpty()) {
                ctx.notAvailable(html, "columns.noColumns");
                continue;
            }
            List<List<String>> rows = new ArrayList<>();
            for (ColumnProfile c : located.dataset().columns()) {
                rows.add(row(ctx, msg, c));
            }
            ctx.table(html, "columns", headers, rows);
        }
    }

    private static List<String> row(ReportContext ctx, Messages msg, ColumnProfile c) {
        String distinct = (c.distinctEstimated() ? "\u2248 " : "") + msg.number(c.distinct());
        String validity = c.validity() == null ? "\u2013"
                : msg.get("columns.validity.value", msg.number(c.validity().valid()), msg.number(c.validity().checked()),
                        msg.percent(c.validity().rate()));
        return List.of(c.name(), c.semanticType().id(), msg.percent(c.confidence()),
                String.join("; ", c.evidence().stream().map(ctx::say).toList()),
                msg.number(c.nonEmpty()), distinct, validity, String.join(", ", c.examples()));
    }
}
