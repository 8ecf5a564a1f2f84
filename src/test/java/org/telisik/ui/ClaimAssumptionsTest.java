package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telisik.core.claim.ClaimParser;
import org.telisik.core.estimate.EstimateBasis;
import org.telisik.core.estimate.RecordEstimator;
import org.telisik.core.estimate.SellerSample;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.EstimateChoice;
import org.telisik.testdata.DumpWriters;
import org.telisik.testdata.PatientTables;

/** The Claim tab's assumption boxes and arithmetic, without a window. */
class ClaimAssumptionsTest {
    private static EstimateBasis basis;
    private static String claim;

    @BeforeAll
    static void aGzippedTwoTableDump() {
        List<PatientTables.Table> dump = PatientTables.generate(9, 500, 2.5, 0);
        byte[] gz = DumpWriters.pack("gzip", "simrs.csv", DumpWriters.write("csv", dump));
        claim = "dump " + gz.length + " bytes tar.gz, 500 data pasien";
        basis = SellerSample.measure(SellerSample.slice(dump, 0, 0.3), "csv");
    }

    private static Estimate estimate(EstimateChoice choice) {
        return new RecordEstimator().estimate(new ClaimParser().parse(claim), basis, choice);
    }

    @Test
    void theBoxesOfferEveryCodecFormatAndTableAndNameWhatWasAssumed() {
        Estimate e = estimate(EstimateChoice.AUTOMATIC);
        assertThat(ClaimAssumptions.options(e, ClaimAssumptions.Kind.CODEC)).startsWith("", "none", "zip", "gzip")
                .contains("bzip2", "xz", "lzma", "7z", "zstd", "rar", "unnamed");
        assertThat(ClaimAssumptions.options(e, ClaimAssumptions.Kind.FORMAT)).containsExactly("", "csv", "sql", "json",
                "spreadsheet");
        assertThat(ClaimAssumptions.options(e, ClaimAssumptions.Kind.TABLE)).containsExactly("", "pasien", "reg_periksa",
                "all");
        I18n en = new I18n(I18n.ENGLISH);
        assertThat(ClaimAssumptions.label("", ClaimAssumptions.Kind.CODEC, e, en)).startsWith("As claimed and sampled: gzip, ");
        assertThat(ClaimAssumptions.label("", ClaimAssumptions.Kind.TABLE, e, en)).isEqualTo("As claimed and sampled: pasien");
        assertThat(ClaimAssumptions.label("all", ClaimAssumptions.Kind.TABLE, e, en)).isEqualTo("all tables");
        I18n id = new I18n(I18n.INDONESIAN);
        assertThat(ClaimAssumptions.label("", ClaimAssumptions.Kind.FORMAT, e, id)).isEqualTo("Sesuai klaim dan sampel: CSV");
        assertThat(ClaimAssumptions.label("none", ClaimAssumptions.Kind.CODEC, e, id)).isEqualTo("tanpa kompresi");
    }

    @Test
    void aChosenTableOrCodecChangesTheFiguresAndTheArithmeticSaysSo() {
        Estimate auto = estimate(EstimateChoice.AUTOMATIC);
        Estimate visits = estimate(ClaimAssumptions.choice("", "", "reg_periksa"));
        Estimate xz = estimate(ClaimAssumptions.choice("xz", "", ""));
        assertThat(auto.assumptions().table()).isEqualTo("pasien");
        assertThat(visits.assumptions().table()).isEqualTo("reg_periksa");
        assertThat(visits.assumptions().tableSource()).isEqualTo("analyst");
        assertThat(visits.records().mid()).isGreaterThan(auto.records().mid() * 2); // 2.5 visits per patient
        assertThat(xz.assumptions().codec()).isEqualTo("xz");
        assertThat(xz.records().mid()).isGreaterThan(auto.records().mid()); // LZMA2 packs tighter than deflate
        assertThat(ClaimAssumptions.lines(visits, I18n.INDONESIAN))
                .anyMatch(s -> s.startsWith("Analis memilih menganggap jumlah yang diklaim sebagai rekaman reg_periksa"));
        assertThat(ClaimAssumptions.lines(xz, I18n.ENGLISH)).anyMatch(s -> s.startsWith("Packing is taken as xz (LZMA2)"));
        assertThat(ClaimAssumptions.choice("", "", "")).isEqualTo(EstimateChoice.AUTOMATIC);
    }
}
