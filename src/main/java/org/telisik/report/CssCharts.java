package org.telisik.report;

import java.util.List;
import java.util.Locale;

/**
 * The same charts as {@link SvgCharts}, drawn with table cells and coloured boxes, for the PDF renderer, which
 * lays out CSS 2.1 but draws no SVG of its own.
 */
final class CssCharts implements ChartRenderer {
    private static final int HISTOGRAM_HEIGHT_PX = 110;
    private final Messages msg;

    CssCharts(Messages msg) {
        this.msg = msg;
    }

    @Override
    public void bars(Html html, String title, List<ChartBar> bars) {
        html.open("table", "chart cbars").element("caption", title);
        long max = Math.max(1, ChartRenderer.max(bars));
        for (ChartBar b : bars) {
            html.open("tr").element("td", "clabel", b.label()).open("td", "cbar");
            html.markup(String.format(Locale.ROOT, "<div class=\"bar\" style=\"width: %.1f%%\"></div>",
                    Math.max(0.3, 100.0 * b.value() / max)));
            html.close("td").element("td", "num", msg.number(b.value())).close("tr");
        }
        html.close("table").newline();
    }

    @Override
    public void histogram(Html html, String title, List<ChartBar> columns) {
        html.open("table", "chart chist").element("caption", title + " (" + msg.get("chart.max", msg.number(
                ChartRenderer.max(columns))) + ")");
        long max = Math.max(1, ChartRenderer.max(columns));
        html.open("tr");
        for (ChartBar c : columns) {
            int px = (int) Math.round((double) c.value() / max * HISTOGRAM_HEIGHT_PX);
            html.open("td", "ccol").markup(String.format(Locale.ROOT,
                    "<div class=\"bar\" style=\"height: %dpx\"></div>", Math.max(px, c.value() > 0 ? 1 : 0)));
            html.close("td");
        }
        html.close("tr").open("tr", "clabels");
        int step = ChartRenderer.labelStep(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            html.element("td", i % step == 0 ? columns.get(i).label() : "");
        }
        html.close("tr").close("table").newline();
    }

    @Override
    public void split(Html html, String title, ChartBar left, ChartBar right) {
        long total = left.value() + right.value();
        double share = total == 0 ? 0.5 : (double) left.value() / total;
        html.open("table", "chart csplit").element("caption", title).open("tr");
        html.markup(String.format(Locale.ROOT, "<td class=\"bar\" style=\"width: %.1f%%\"></td>", 100 * share));
        html.markup(String.format(Locale.ROOT, "<td class=\"bar2\" style=\"width: %.1f%%\"></td>", 100 * (1 - share)));
        html.close("tr").close("table");
        html.open("p", "legend")
                .text(left.label() + ": " + msg.number(left.value()) + " (" + msg.percent(share) + ") · ")
                .text(right.label() + ": " + msg.number(right.value()) + " (" + msg.percent(1 - share) + ")")
                .close("p").newline();
    }
}
