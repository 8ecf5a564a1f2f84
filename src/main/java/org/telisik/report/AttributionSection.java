package org.telisik.report;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.Attribution;

/** The candidate source systems, best first, and for the best one the tables that correspond and those that do not. */
final class AttributionSection implements ReportSection {

    @Override
    public void write(Html html, ReportContext ctx) {
        Messages msg = ctx.msg();
        ctx.heading(html, "attribution.title");
        List<Attribution> candidates = ctx.analysis().attribution();
        if (candidates.isEmpty()) {
            ctx.notAvailable(html, "attribution.none");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        for (Attribution a : candidates) {
            int sampleTables = a.matchedTables().size() + a.unmatchedTables().size();
            rows.add(List.of(a.name(), ctx.orNotAvailable(a.version()), msg.percent(a.score()),
                    msg.get("attribution.tablesOf", msg.number(a.matchedTables().size()), msg.number(sampleTables))));
        }
        ctx.table(html, "attribution", List.of(msg.get("attribution.system"), msg.get("attribution.version"),
                msg.get("attribution.score"), msg.get("attribution.tables")), rows);
        Attribution best = candidates.get(0);
        html.element("p", msg.get("attribution.best", best.name()));
        List<List<String>> tables = new ArrayList<>();
        for (Attribution.TableMatch m : best.matchedTables()) {
            tables.add(List.of(m.sample(), m.schema(), msg.get("attribution.tablesOf", msg.number(m.columnsMatched()),
                    msg.number(m.columnsInSample()))));
        }
        ctx.table(html, "attribution-tables", List.of(msg.get("attribution.sampleTable"), msg.get("attribution.schemaTable"),
                msg.get("attribution.columns")), tables);
        if (!best.unmatchedTables().isEmpty()) {
            html.element("p", msg.get("attribution.unmatched", String.join(", ", best.unmatchedTables())));
        }
        html.element("p", "na", msg.get("attribution.caveat"));
    }
}
