package org.telisik.report;

import java.util.List;
import org.telisik.core.model.CaseAnalysis;

/**
 * What every section of a report needs: the input and the analysis as they may be shown (both masked unless the
 * input says otherwise, see {@link ReportInput#shown}), the wording and the chart style.
 */
record ReportContext(ReportInput input, CaseAnalysis analysis, Messages msg, ChartRenderer charts) {

    static ReportContext of(ReportInput input, Messages msg, ChartRenderer charts) {
        ReportInput shown = input.shown();
        return new ReportContext(shown, shown.analysis(), msg, charts);
    }

    /** A section heading; CSS numbers the sections. */
    void heading(Html html, String key) {
        html.element("h2", msg.get(key));
    }

    /** A plain statement that a part of the report could not be filled, and why. */
    void notAvailable(Html html, String key, Object... args) {
        html.element("p", "na", msg.get(key, args));
    }

    /**
     * Says plainly that a part is not available (null) or holds nothing (empty).
     *
     * @return true when the part has content for the caller to show
     */
    boolean hasContent(Html html, java.util.Collection<?> part, String notAvailableKey, String noneKey) {
        if (part == null) {
            notAvailable(html, notAvailableKey);
        } else if (part.isEmpty()) {
            notAvailable(html, noneKey);
        }
        return part != null && !part.isEmpty();
    }

    /** A two-column table of labels and values. */
    void keyValues(Html html, List<String[]> rows) {
        html.open("table", "kv");
        for (String[] row : rows) {
            html.open("tr").element("th", row[0]).element("td", row[1]).close("tr");
        }
        html.close("table").newline();
    }

    /** A table with a header row; cells are text. */
    void table(Html html, String cssClass, List<String> headers, List<List<String>> rows) {
        html.open("table", cssClass).open("thead").open("tr");
        headers.forEach(h -> html.element("th", h));
        html.close("tr").close("thead").open("tbody");
        for (List<String> row : rows) {
            html.open("tr");
            row.forEach(cell -> html.element("td", cell));
            html.close("tr");
        }
        html.close("tbody").close("table").newline();
    }

    /** The value, or the words for "not available" when it is null or blank. */
    String orNotAvailable(String value) {
        return value == null || value.isBlank() ? msg.get("common.notAvailable") : value;
    }

    String yesNo(boolean value) {
        return msg.get(value ? "common.yes" : "common.no");
    }
}
