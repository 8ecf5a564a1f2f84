package org.telisik.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telisik.core.claim.ClaimParser;
import org.telisik.core.estimate.RecordEstimator;
import org.telisik.core.estimate.SellerSample;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseInfo;
import org.telisik.core.model.Estimate;
import org.telisik.testdata.DumpWriters;
import org.telisik.testdata.PatientTables;

/** The claim section words every assumption and the arithmetic in the report's language. */
class ClaimSectionLanguageTest {
    private static Estimate estimate;

    @BeforeAll
    static void estimateAPackedMultiTableClaim() {
        List<PatientTables.Table> dump = PatientTables.generate(5, 400, 2, 0.8);
        byte[] xz = DumpWriters.pack("xz", "simrs.sql", DumpWriters.write("mysqldump", dump));
        estimate = new RecordEstimator().estimate(new ClaimParser().parse("dump SQL " + xz.length
                + " bytes .xz, 400 data pasien"), SellerSample.measure(SellerSample.slice(dump, 0, 0.25), "csv"));
    }

    private static String render(ReportLanguage language) {
        CaseAnalysis analysis = new CaseAnalysis(new CaseInfo("c1", "SIMRS", Instant.EPOCH), List.of(), List.of(),
                estimate, ReportSamples.authenticity());
        String html = new HtmlReportRenderer(language).render(ReportInput.of(analysis, "0.1.0", Instant.EPOCH));
        return html.substring(html.indexOf("arithmetic"));
    }

    @Test
    void theEnglishReportNamesCodecFormatAndTable() {
        String html = render(ReportLanguage.EN);
        assertThat(html).contains("Packing is taken as xz (LZMA2)", "The dump is taken as SQL, as the claim says",
                "The claimed count is of patients, so it is taken as the records of table pasien",
                "Read as reg_periksa in SQL");
    }

    @Test
    void theIndonesianReportSaysTheSameInIndonesianOnly() {
        String html = render(ReportLanguage.ID);
        assertThat(html).contains("Pengemasan dianggap xz (LZMA2)", "Dump dianggap berformat SQL, sesuai klaim",
                "sehingga dianggap sebagai rekaman tabel pasien", "Jika dibaca sebagai reg_periksa dalam SQL");
        assertThat(html).doesNotContain("The claim", "Packing is", "records of", "The sample");
    }
}
