package org.telisik.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.telisik.core.identity.AnalysisMasking;

/** The audit head a report is made at comes out whole in a masked report, so that it can serve as an anchor. */
class AuditHeadInReportTest {
    // a hash whose run "0676685706" masking takes for a phone number in any other text
    private static final String HASH = "fff3afb820ff9d91e0676685706cbffbbae7a2f7233262ed0ed88bbff001d032";

    @Test
    void theAuditHeadIsPrintedWholeInAMaskedReport() {
        String line = "Newest entry of the whole audit log: #7, hash " + HASH;
        assertThat(AnalysisMasking.forAnalysis(ReportSamples.full().analysis()).mask(line)).isNotEqualTo(line);
        ReportInput input = ReportSamples.full().withAuditHead(line);
        assertThat(input.unmasked()).isFalse();

        assertThat(input.shown().auditHead()).isEqualTo(line);
        assertThat(Exports.text(ReportFormat.HTML, ReportLanguage.EN, input)).contains(line);
    }
}
