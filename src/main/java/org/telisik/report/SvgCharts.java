package org.telisik.report;

import java.util.List;
import java.util.Locale;

/** Charts as inline SVG for the HTML report: no script, no external reference, text as SVG text. */
final class SvgCharts implements ChartRenderer {
    private static final int WIDTH = 680;
    private static final int LABEL_WIDTH = 220;
    private static final int VALUE_WIDTH = 70;
    private static final int ROW = 18;
    private final Messages msg;

    SvgCharts(Messages msg) {
        this.msg = msg;
    }

    @Override
    public void bars(Html html, String title, List<ChartBar> bars) {
        int height = bars.size() * ROW + 4;
        open(html, title, height);
        long max = Math.max(1, ChartRenderer.max(bars));
        int room = WIDTH - LABEL_WIDTH - VALUE_WIDTH;
        for (int i = 0; i < bars.size(); i++) {
            ChartBar b = bars.get(i);
            int y = i * ROW + 2;
            double w = (double) b.value() / max * room;
            text(html, LABEL_WIDTH - 6, y + 12, "end", b.label());
            html.markup(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\"/>",
                    LABEL_WIDTH, y + 1, w, ROW - 4));
            text(html, (int) (LABEL_WIDTH + w + 4), y + 12, "start", msg.number(b.value()));
        }
        html.markup("</svg>").newline();
    }

    @Override
    public void histogram(Html html, String title, List<ChartBar> columns) {
        int plot = 140;
        int left = 50;
        int height = plot + 36;
        open(html, title + " (" + msg.get("chart.max", msg.number(ChartRenderer.max(columns))) + ")", height);
        long max = Math.max(1, ChartRenderer.max(columns));
        double slot = (double) (WIDTH - left - 10) / Math.max(1, columns.size());
        int step = ChartRenderer.labelStep(columns.size());
        html.markup(String.format(Locale.ROOT, "<line class=\"axis\" x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\"/>",
                left, plot + 4, WIDTH - 10, plot + 4));
        text(html, left - 4, 14, "end", msg.number(max));
        text(html, left - 4, plot + 4, "end", "0");
        for (int i = 0; i < columns.size(); i++) {
            ChartBar c = columns.get(i);
            double h = (double) c.value() / max * (plot - 10);
            double x = left + i * slot;
            html.markup(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"/>",
                    x + slot * 0.1, plot + 4 - h, Math.max(0.5, slot * 0.8), h));
            if (i % step == 0) {
                text(html, (int) (x + slot / 2), plot + 20, "middle", c.label());
            }
        }
        html.markup("</svg>").newline();
    }

    @Override
    public void split(Html html, String title, ChartBar left, ChartBar right) {
        open(html, title, 52);
        long total = left.value() + right.value();
        double share = total == 0 ? 0.5 : (double) left.value() / total;
        int room = WIDTH - 2;
        html.markup(String.format(Locale.ROOT, "<rect class=\"bar\" x=\"1\" y=\"2\" width=\"%.1f\" height=\"24\"/>",
                share * room));
        html.markup(String.format(Locale.ROOT, "<rect class=\"bar2\" x=\"%.1f\" y=\"2\" width=\"%.1f\" height=\"24\"/>",
                1 + share * room, (1 - share) * room));
        text(html, 2, 44, "start", left.label() + ": " + msg.number(left.value()) + " (" + msg.percent(share) + ")");
        text(html, WIDTH - 2, 44, "end", right.label() + ": " + msg.number(right.value()) + " ("
                + msg.percent(total == 0 ? 0.5 : 1 - share) + ")");
        html.markup("</svg>").newline();
    }

    private static void open(Html html, String title, int height) {
        html.element("p", "chart-title", title);
        html.markup(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\" viewBox=\"0 0 %d %d\" width=\"%d\" height=\"%d\" aria-label=\"%s\">",
                WIDTH, height, WIDTH, height, Html.escape(title)));
        html.markup("<title>").text(title).markup("</title>");
    }

    private static void text(Html html, int x, int y, String anchor, String value) {
        html.markup(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\">", x, y, anchor))
                .text(value).markup("</text>");
    }
}
