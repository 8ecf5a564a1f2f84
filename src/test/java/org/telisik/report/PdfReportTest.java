package org.telisik.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;

/** The PDF, read back with PDFBox: A4 pages, banner and header line and page numbers on each, the content. */
class PdfReportTest {

    @Test
    void everyPageHasBannerHeaderLineAndPageNumber() {
        PdfPages pages = PdfPages.of(Exports.bytes(ReportFormat.PDF, ReportLanguage.ID, ReportSamples.full()));
        int n = pages.count();
        assertThat(n).isBetween(3, 12);
        for (int p = 1; p <= n; p++) {
            assertThat(pages.text(p)).as("page %d", p)
                    .contains("RAHASIA / CONFIDENTIAL")
                    .contains("Telisik 0.1.0 \u00b7 Kasus Dugaan kebocoran RSUD")
                    .contains("Halaman " + p + " dari " + n);
        }
    }

    @Test
    void holdsTheSameContentAsTheHtml() {
        String text = String.join("\n", PdfPages.of(Exports.bytes(ReportFormat.PDF, ReportLanguage.EN,
                ReportSamples.full().withBanner("TERBATAS"))).pages());
        assertThat(text).contains("TERBATAS", "1. Case", "2. Method", "3. Evidence", "4. Files", "5. Column profiles",
                "6. NIK summary", "7. The seller's claim", "8. Authenticity", "9. Source system", "10. Timeline",
                "11. Overlap with earlier cases", "12. Examiner notes and tags", "13. Audit trail and verification",
                "14. Limitations");
        assertThat(text.replaceAll("\\s+", "")).contains(ReportSamples.SHA);
        assertThat(text).contains("Rina Kartika, S.Kom.", "LP/B/123/XI/2026/Siber", "2026-11-27 07:30:00 UTC",
                "Jawa Barat (32)", "NIK values by year of birth, 1941 to 2012", "Male: 402 (45.3%)",
                "720 GB / 190.5 bytes per record", "likely about 3,779,527,559", "suspicious", "nik-validity",
                "prioritas-tinggi", "KBR-2025-014", "[HOLDS] audit log: 3 entries",
                "A sample can only show what it contains", "SIMRS Khanza", "permintaan_radiologi", "PR202310300042");
    }

    @Test
    void isA4WithEveryFontEmbeddedAndFixedMetadata() throws Exception {
        byte[] bytes = Exports.bytes(ReportFormat.PDF, ReportLanguage.ID, ReportSamples.full());
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            for (PDPage page : pdf.getPages()) {
                assertThat(page.getMediaBox().getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                assertThat(page.getMediaBox().getHeight()).isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as("font %s embedded", font.getName()).isTrue();
                    assertThat(font.getName()).contains("DejaVu");
                }
            }
            assertThat(pdf.getDocumentInformation().getCreationDate().toInstant()).isEqualTo(ReportSamples.GENERATED);
            assertThat(pdf.getDocumentInformation().getProducer()).isEqualTo("Telisik 0.1.0");
            assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("Kasus Dugaan kebocoran RSUD ("
                    + ReportSamples.analysis().caseInfo().id() + ")");
            assertThat(pdf.getDocumentCatalog().getMarkInfo().isMarked()).as("tagged for screen readers").isTrue();
            assertThat(pdf.getDocument().getDocumentID().size()).isEqualTo(2);
        }
    }
}
