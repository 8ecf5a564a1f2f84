package org.telisik.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.telisik.core.identity.VisibleText;
import org.telisik.core.model.ColumnProfile;

/**
 * Writes the column-profile table as CSV: one row per column of every table in the case, RFC 4180 quoting,
 * UTF-8 with a byte-order mark so that spreadsheet programs read Indonesian names correctly. Header names are
 * fixed identifiers so that scripts can rely on them. A cell that a spreadsheet would run as a formula
 * (starting with =, +, -, @, tab or carriage return) gets a leading apostrophe, because sample data is hostile;
 * control characters and bidi overrides are shown as visible escapes ({@link VisibleText}).
 */
public final class ColumnProfileCsvWriter {
    static final List<String> HEADER = List.of("file", "dataset", "column", "semantic_type", "confidence",
            "non_empty", "distinct", "distinct_estimated", "validity_checked", "validity_valid", "validity_rate",
            "evidence", "examples");

    /** Writes the table for the analysis of {@code input}, masked unless the input is unmasked; leaves out open. */
    public void write(ReportInput input, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        line(w, HEADER);
        for (LocatedDataset located : LocatedDataset.all(input.shown().analysis())) {
            String file = located.source() == null ? "(combined: " + String.join(" | ", located.dataset().files()) + ")"
                    : located.source();
            for (ColumnProfile c : located.dataset().columns()) {
                line(w, row(file, located.dataset().name(), c));
            }
        }
        w.flush();
    }

    private static List<String> row(String file, String dataset, ColumnProfile c) {
        boolean validity = c.validity() != null;
        return List.of(file, dataset, c.name(), c.semanticType().id(), decimal(c.confidence()),
                Long.toString(c.nonEmpty()), Long.toString(c.distinct()), Boolean.toString(c.distinctEstimated()),
                validity ? Long.toString(c.validity().checked()) : "", validity ? Long.toString(c.validity().valid()) : "",
                validity ? decimal(c.validity().rate()) : "", String.join(" | ", c.evidence()),
                String.join(" | ", c.examples()));
    }

    private static String decimal(double value) {
        return String.format(Locale.ROOT, "%.4f", value);
    }

    private static void line(Writer w, List<String> cells) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                w.write(',');
            }
            w.write(quote(neutralise(VisibleText.line(cells.get(i)))));
        }
        w.write("\r\n");
    }

    /** A cell a spreadsheet would evaluate gets a leading apostrophe, which shows it as plain text. */
    static String neutralise(String cell) {
        if (cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean formula = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        return formula ? "'" + cell : cell;
    }

    private static String quote(String cell) {
        return '"' + cell.replace("\"", "\"\"") + '"';
    }
}
