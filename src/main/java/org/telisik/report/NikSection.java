package org.telisik.report;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.SemanticType;

/** Section 6: what the NIK columns decode to: provinces, birth years, sex ratio, outdated region codes. */
final class NikSection implements ReportSection {

    @Override
    public void write(Html html, ReportContext ctx) {
        Messages msg = ctx.msg();
        ctx.heading(html, "nik.title");
        html.element("p", msg.get("nik.intro"));
        int nikColumns = 0;
        List<NikSummary> summaries = new ArrayList<>();
        for (LocatedDataset located : LocatedDataset.all(ctx.analysis())) {
            for (ColumnProfile c : located.dataset().columns()) {
                if (c.semanticType() == SemanticType.NIK) {
                    nikColumns++;
                    NikSummary s = NikSummary.of(located.title(msg), c);
                    if (s != null) {
                        summaries.add(s);
                    }
                }
            }
        }
        if (nikColumns == 0) {
            ctx.notAvailable(html, "nik.noColumn");
        } else if (summaries.isEmpty()) {
            ctx.notAvailable(html, "nik.notDecoded", msg.number(nikColumns));
        }
        for (NikSummary s : summaries) {
            summary(html, ctx, s);
        }
    }

    private static void summary(Html html, ReportContext ctx, NikSummary s) {
        Messages msg = ctx.msg();
        html.element("h3", msg.get("nik.columnTitle", s.column(), s.dataset()));
        if (s.provinces().isEmpty()) {
            ctx.notAvailable(html, "nik.provinces.notAvailable");
        } else {
            long total = s.provinces().stream().mapToLong(ChartBar::value).sum();
            List<List<String>> rows = new ArrayList<>();
            for (ChartBar b : s.provinces()) {
                rows.add(List.of(b.label(), msg.number(b.value()), msg.percent(total == 0 ? 0 : (double) b.value() / total)));
            }
            ctx.table(html, "provinces", List.of(msg.get("nik.province"), msg.get("nik.count"), msg.get("nik.share")), rows);
            ctx.charts().bars(html, msg.get("nik.provinces.chart"), s.provinces());
        }
        if (s.birthYears().isEmpty()) {
            ctx.notAvailable(html, "nik.years.notAvailable");
        } else {
            ctx.charts().histogram(html, msg.get("nik.years.chart", s.birthYears().get(0).label(),
                    s.birthYears().get(s.birthYears().size() - 1).label()), s.birthYears());
        }
        if (s.male() == null) {
            ctx.notAvailable(html, "nik.sex.notAvailable");
        } else {
            ctx.charts().split(html, msg.get("nik.sex.chart"), new ChartBar(msg.get("nik.male"), s.male()),
                    new ChartBar(msg.get("nik.female"), s.female()));
        }
        if (s.oldVintageOnly() == null) {
            ctx.notAvailable(html, "nik.old.notAvailable");
        } else {
            html.element("p", msg.get("nik.old", msg.number(s.oldVintageOnly()), msg.number(s.nonEmpty()),
                    msg.percent(s.nonEmpty() == 0 ? 0 : (double) s.oldVintageOnly() / s.nonEmpty())));
        }
    }
}
