package org.telisik.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;
import org.telisik.core.claim.ClaimParser;
import org.telisik.core.model.Estimate;
import org.telisik.testdata.DumpWriters;
import org.telisik.testdata.PatientTables;

/**
 * The three claims of issue #22, each reproduced: a patients dump generated, packed with the codec the seller
 * names, its head posted as the seller posted it, and the claim written with the packed file's real size. All
 * three dumps hold the full record counts (120 thousand for xz, 100 thousand for 7z, 200 thousand for the
 * Excel-sampled CSV); Java's LZMA2 packs the xz and 7z dumps (some 20 MB of CSV each) in 20 to 25 seconds here.
 */
class ClaimScenarioTest {

    private static Estimate run(String claim, EstimateBasis basis) {
        Estimate e = new RecordEstimator().estimate(new ClaimParser().parse(claim), basis);
        System.out.println(claim + " -> " + e.records() + " " + e.consistency() + " " + e.assumptions());
        e.explanation().forEach(s -> System.out.println("  " + s));
        return e;
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.2f MB", bytes / 1e6);
    }

    private static void assertHolds(Estimate e, long truth) {
        assertThat(e.consistency()).isEqualTo("consistent");
        assertThat(e.records().low()).isLessThanOrEqualTo(truth);
        assertThat(e.records().high()).isGreaterThanOrEqualTo(truth);
        assertThat((double) e.records().mid()).isCloseTo(truth, Percentage.withPercentage(5));
    }

    /** A CSV dump of patients packed with the codec, its first 1% posted as CSV, the claim worded around its size. */
    private static Estimate packedCsvDump(long seed, int patients, String codec, String before, String after) {
        List<PatientTables.Table> dump = PatientTables.generate(seed, patients, 0, 0);
        byte[] packed = DumpWriters.pack(codec, "pasien.csv", DumpWriters.write("csv", dump));
        Estimate e = run(before + mb(packed.length) + after, SellerSample.measure(SellerSample.slice(dump, 0, 0.01), "csv"));
        assertHolds(e, patients);
        assertThat(e.assumptions().codec()).isEqualTo(codec);
        return e;
    }

    @Test
    void anXzDumpOfPatientsWithACsvSampleOfIt() {
        Estimate e = packedCsvDump(120, 120_000, "xz", "Dijual dump ", " (.xz), 120 ribu data pasien");
        assertThat(e.explanation()).anyMatch(s -> s.contains("xz") && s.contains("LZMA2") && s.contains("ratio"));
    }

    @Test
    void aSevenZipDatabaseOfAHundredThousandRows() {
        Estimate e = packedCsvDump(7, 100_000, "7z", "database pasien ", " 7z, isi 100.000 baris");
        assertThat(e.assumptions().codecSource()).isEqualTo("claim");
    }

    @Test
    void aCsvDumpWhoseSampleWasPostedAsExcel() {
        List<PatientTables.Table> dump = PatientTables.generate(64, 200_000, 0, 0);
        long csv = DumpWriters.write("csv", dump).length;
        Estimate e = run("file CSV " + String.format(Locale.ROOT, "%.1f MB", csv / 1e6)
                + ", 200 ribu data pasien (sampel dalam Excel)", SellerSample.measure(SellerSample.slice(dump, 0, 0.005), "xlsx"));
        assertHolds(e, 200_000);
        assertThat(e.assumptions().format()).isEqualTo("csv");
        assertThat(e.assumptions().formatSource()).isEqualTo("claim");
    }

    @Test
    void anExcelWorkbookClaimedWithACsvSampleIsSizedAsTheZippedSheetIsHeld() {
        List<PatientTables.Table> dump = PatientTables.generate(33, 8_000, 0, 0);
        byte[] xlsx = SellerSample.xlsx(dump);
        Estimate e = run("file Excel " + String.format(Locale.ROOT, "%.2f MB", xlsx.length / 1e6) + ", 8 ribu data pasien",
                SellerSample.measure(SellerSample.slice(dump, 0, 0.05), "csv"));
        assertThat(e.assumptions().format()).isEqualTo("spreadsheet");
        assertThat(e.consistency()).isEqualTo("consistent");
        assertThat(e.records().low()).isLessThanOrEqualTo(8_000);
        assertThat(e.records().high()).isGreaterThanOrEqualTo(8_000);
    }
}
