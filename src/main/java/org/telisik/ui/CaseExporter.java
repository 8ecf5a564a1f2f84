package org.telisik.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.telisik.core.BuildInfo;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.report.ReportFormat;
import org.telisik.report.ReportInput;
import org.telisik.report.ReportLanguage;
import org.telisik.report.ReportWriter;

/**
 * Writes a case's analysis in one report format. The export menu offers one entry per exporter; the analysis
 * handed over is as stored, so personal data stays masked.
 */
public interface CaseExporter {

    /** The file name extension, without dot, e.g. {@code pdf}. */
    String extension();

    /** Writes the report; leaves {@code out} open. Called off the FX thread. */
    void write(CaseAnalysis analysis, OutputStream out) throws IOException;

    /** Every report format of the report engine, written in the interface's language at the time of export. */
    static List<CaseExporter> reports(I18n i18n) {
        return Arrays.stream(ReportFormat.values()).map(f -> report(f, i18n)).toList();
    }

    /** One report format, the same document {@code telisik report} writes. */
    static CaseExporter report(ReportFormat format, I18n i18n) {
        return new CaseExporter() {
            @Override
            public String extension() {
                return format.id();
            }

            @Override
            public void write(CaseAnalysis analysis, OutputStream out) throws IOException {
                ReportLanguage language = i18n.locale().equals(I18n.INDONESIAN) ? ReportLanguage.ID : ReportLanguage.EN;
                ReportInput input = ReportInput.of(analysis, BuildInfo.version(), Instant.now())
                        .withSettings(Map.of("report.format", format.id(), "report.language", language.tag(),
                                "report.personalData", "masked"));
                new ReportWriter(language).write(format, input, out);
            }
        };
    }
}
