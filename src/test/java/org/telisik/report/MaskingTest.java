package org.telisik.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A case analysed with --unmask stores clear examples; its reports are masked all the same unless the report
 * itself is explicitly unmasked, and then every page says so.
 */
class MaskingTest {

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void maskedByDefaultInEveryFormat(ReportFormat format) {
        String text = Exports.text(format, ReportLanguage.ID, ReportSamples.full());
        assertThat(text).doesNotContain(ReportSamples.CLEAR_NIK, "Siti Wulandari", "siti.w@example.co.id")
                .contains("3276********0003");
    }

    @ParameterizedTest
    @EnumSource(ReportFormat.class)
    void unmaskedOnlyWhenAsked(ReportFormat format) {
        String text = Exports.text(format, ReportLanguage.ID, ReportSamples.full().withUnmasked(true));
        assertThat(text).contains(ReportSamples.CLEAR_NIK, "Siti Wulandari");
    }

    @Test
    void everyPdfPageOfAnUnmaskedReportIsMarked() {
        byte[] pdf = Exports.bytes(ReportFormat.PDF, ReportLanguage.EN, ReportSamples.full().withUnmasked(true));
        PdfPages pages = PdfPages.of(pdf);
        assertThat(pages.count()).isGreaterThan(1);
        for (int p = 1; p <= pages.count(); p++) {
            assertThat(pages.text(p)).as("page %d", p).contains("UNMASKED - contains personal data in full");
        }
        assertThat(pages.text(1)).contains("UNMASKED REPORT: this report shows personal data in full");
    }

    @Test
    void everyPdfPageOfAMaskedReportSaysItIsMasked() {
        PdfPages pages = PdfPages.of(Exports.bytes(ReportFormat.PDF, ReportLanguage.ID, ReportSamples.full()));
        for (int p = 1; p <= pages.count(); p++) {
            assertThat(pages.text(p)).as("page %d", p).contains("Data pribadi disamarkan").doesNotContain("TANPA SAMARAN");
        }
    }

    @Test
    void htmlOfAnUnmaskedReportCarriesTheMarkInThePageMarginsAndOnTop() {
        String html = Exports.text(ReportFormat.HTML, ReportLanguage.EN, ReportSamples.full().withUnmasked(true));
        assertThat(html).contains("@bottom-left { " ).contains("class=\"unmasked-notice\"")
                .contains(Html.cssString("UNMASKED - contains personal data in full"));
        String masked = Exports.text(ReportFormat.HTML, ReportLanguage.EN, ReportSamples.full());
        assertThat(masked).doesNotContain("class=\"unmasked-notice\"").contains(Html.cssString("Personal data masked"));
    }
}
