package org.telisik.ui;

import java.io.IOException;
import java.io.OutputStream;
import org.telisik.core.BuildInfo;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.report.AnalysisJsonWriter;

/**
 * Writes a case's analysis in one report format. The export menu offers one entry per exporter, so HTML, PDF
 * and CSV reports join by adding an exporter here; the analysis handed over is as stored (examples masked).
 */
public interface CaseExporter {

    /** The file name extension, without dot, e.g. {@code json}. */
    String extension();

    /** Writes the report; leaves {@code out} open. */
    void write(CaseAnalysis analysis, OutputStream out) throws IOException;

    /** The analysis JSON document (contract v1), the same the command line writes with {@code --json}. */
    static CaseExporter json() {
        AnalysisJsonWriter writer = new AnalysisJsonWriter(BuildInfo.version());
        return new CaseExporter() {
            @Override
            public String extension() {
                return "json";
            }

            @Override
            public void write(CaseAnalysis analysis, OutputStream out) throws IOException {
                writer.write(analysis, out);
            }
        };
    }
}
