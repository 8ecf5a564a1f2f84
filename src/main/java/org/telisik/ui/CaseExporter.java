package org.telisik.ui;

import java.util.Arrays;
import java.util.List;
import org.telisik.report.ReportFormat;

/**
 * One entry of the export dialog: a report format, written by the application's one report use case, so that
 * the file is the document {@code telisik report} writes for the same case, language and masking.
 */
public record CaseExporter(ReportFormat format) {

    /** The file name extension, without dot, e.g. {@code pdf}. */
    public String extension() {
        return format.id();
    }

    /** Every report format of the report engine. */
    static List<CaseExporter> reports() {
        return Arrays.stream(ReportFormat.values()).map(CaseExporter::new).toList();
    }
}
