package org.telisik.report;

import java.util.List;

/**
 * Draws the report's charts. The HTML report uses inline SVG ({@link SvgCharts}); the PDF renderer draws no SVG
 * without a heavy extra library, so the PDF gets the same figures as CSS boxes ({@link CssCharts}).
 * Implementations escape every label and never reference anything outside the document.
 */
interface ChartRenderer {

    /** Horizontal bars, one per item, in the given order, with the label left and the count right. */
    void bars(Html html, String title, List<ChartBar> bars);

    /** Vertical columns side by side (a histogram), labelled sparsely underneath. */
    void histogram(Html html, String title, List<ChartBar> columns);

    /** One bar split into two shares, e.g. men and women. */
    void split(Html html, String title, ChartBar left, ChartBar right);

    /** Every n-th label of a histogram is written so that at most about a dozen show. */
    static int labelStep(int count) {
        for (int step : new int[] {1, 2, 5, 10, 20, 50}) {
            if (count / step <= 12) {
                return step;
            }
        }
        return 100;
    }

    static long max(List<ChartBar> bars) {
        return bars.stream().mapToLong(ChartBar::value).max().orElse(0);
    }
}
