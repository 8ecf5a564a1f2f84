package org.telisik.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes a report in any {@link ReportFormat}: the one entry point for the command line and the desktop.
 * Personal data is masked unless the input is explicitly unmasked, in every format.
 */
public final class ReportWriter {
    private final ReportLanguage language;

    public ReportWriter(ReportLanguage language) {
        this.language = language;
    }

    /** Writes the report; leaves {@code out} open. */
    public void write(ReportFormat format, ReportInput input, OutputStream out) throws IOException {
        switch (format) {
            case HTML -> {
                Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write(new HtmlReportRenderer(language).render(input));
                w.flush();
            }
            case PDF -> new PdfReportWriter(language).write(input, out);
            case JSON -> new AnalysisJsonWriter(input.toolVersion())
                    .write(input.shown().analysis(), out);
            case CSV -> new ColumnProfileCsvWriter().write(input, out);
        }
    }
}
