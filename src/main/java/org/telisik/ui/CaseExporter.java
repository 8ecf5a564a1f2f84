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
 * Writes a case's analysis in one report format. The export dialog offers one entry per exporter; the analysis
 * handed over is masked unless the analyst chose and confirmed an unmasked export.
 */
public interface CaseExporter {

    /** The file name extension, without dot, e.g. {@code pdf}. */
    String extension();

    /**
     * Writes the report in the chosen language, marked unmasked when it is; leaves {@code out} open. Called off
     * the FX thread.
     *
     * @param analysis masked already, unless {@code choice} is unmasked
     */
    void write(CaseAnalysis analysis, ExportChoice choice, OutputStream out) throws IOException;

    /** Every report format of the report engine. */
    static List<CaseExporter> reports() {
        return Arrays.stream(ReportFormat.values()).map(CaseExporter::report).toList();
    }

    /** One report format, the same document {@code telisik report} writes. */
    static CaseExporter report(ReportFormat format) {
        return new CaseExporter() {
            @Override
            public String extension() {
                return format.id();
            }

            @Override
            public void write(CaseAnalysis analysis, ExportChoice choice, OutputStream out) throws IOException {
                ReportLanguage language = ReportLanguage.fromTag(choice.language().getLanguage());
                ReportInput input = ReportInput.of(analysis, BuildInfo.version(), Instant.now())
                        .withSettings(Map.of("report.format", format.id(), "report.language", language.tag(),
                                "report.personalData", choice.unmasked() ? "unmasked" : "masked"))
                        .withUnmasked(choice.unmasked());
                new ReportWriter(language).write(format, input, out);
            }
        };
    }
}
