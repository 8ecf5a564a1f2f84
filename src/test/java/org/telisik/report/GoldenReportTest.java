package org.telisik.report;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The HTML and JSON of fixed inputs, byte for byte; any change in wording, layout or contract shows as a diff. */
class GoldenReportTest {

    @Test
    void fullReportInIndonesian() throws Exception {
        Golden.check("report/full-id.html", new HtmlReportRenderer(ReportLanguage.ID).render(ReportSamples.full()));
    }

    @Test
    void fullReportInEnglish() throws Exception {
        Golden.check("report/full-en.html", new HtmlReportRenderer(ReportLanguage.EN).render(ReportSamples.full()));
    }

    @Test
    void reportWithEveryOptionalPartMissingSaysSo() throws Exception {
        Golden.check("report/minimal-en.html", new HtmlReportRenderer(ReportLanguage.EN).render(ReportSamples.minimal()));
    }

    @Test
    void analysisJsonOfTheMaskedReport() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ReportWriter(ReportLanguage.EN).write(ReportFormat.JSON, ReportSamples.full(), out);
        Golden.check("report/full.json", out.toString(StandardCharsets.UTF_8));
    }
}
