package org.telisik.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.telisik.core.claim.ClaimParser;
import org.telisik.core.model.Estimate;
import org.telisik.testdata.DumpWriters;
import org.telisik.testdata.PatientTables;

/**
 * Checks that the estimate's range holds the truth as often as it claims to: {@value #DUMPS} random SIMRS dumps
 * (one to three tables, eight ways of writing them, seven archivers or none), each sampled as a seller would (a
 * stretch of 1-20% of every table, at the head or further in, posted as cut from the dump, as CSV, as JSON lines
 * or as an Excel workbook), and claimed with the packed file's true size and the true count of patients or
 * visits. The dumps are small (a few hundred kilobytes) so that the test runs in seconds; the scenario test
 * checks the carrying of a codec's ratio over larger spans.
 */
class EstimateCalibrationTest {
    static final int DUMPS = 200;
    private static final List<String> NAMED = List.of("file CSV", "file CSV", "file CSV", "dump SQL", "dump SQL",
            "dump SQL", "data JSON", "data JSON");

    @Test
    void theRangeHoldsTheTrueCountInAtLeast95PercentOfRandomDumpsAndTheMiddleIsClose() {
        Random r = new Random(2212);
        int covered = 0;
        List<Double> errors = new ArrayList<>();
        List<Double> ownFormat = new ArrayList<>();
        long[] nanos = new long[2];
        long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        List<String> misses = new ArrayList<>();
        for (int i = 0; i < DUMPS; i++) {
            long t0 = System.nanoTime();
            Trial t = Trial.random(r, i);
            long t1 = System.nanoTime();
            Estimate e = new RecordEstimator().estimate(new ClaimParser().parse(t.claim), t.basis);
            nanos[0] += t1 - t0;
            nanos[1] += System.nanoTime() - t1;
            boolean inside = e.records() != null && e.records().low() <= t.truth && t.truth <= e.records().high();
            covered += inside ? 1 : 0;
            double error = e.records() == null ? 1 : Math.abs(e.records().mid() - t.truth) / (double) t.truth;
            errors.add(error);
            if (t.ownFormat) {
                ownFormat.add(error);
            }
            if (!inside) {
                misses.add(t + " -> " + (e.records() == null ? "no range" : e.records()) + " " + e.assumptions());
            }
        }
        errors.sort(null);
        ownFormat.sort(null);
        double coverage = (double) covered / DUMPS;
        double median = errors.get(DUMPS / 2);
        double ownMedian = ownFormat.get(ownFormat.size() / 2);
        System.out.printf(Locale.ROOT, "estimate calibration: %d dumps, coverage %.1f%%, median error of the middle"
                + " %.2f%% (90th percentile %.2f%%); %d samples cut from the dump in its own format: median error %.2f%%;"
                + " dumps made in %.1f s, estimated in %.1f s (wall); %.1f s of CPU%n", DUMPS, coverage * 100, median * 100,
                errors.get(DUMPS * 9 / 10) * 100, ownFormat.size(), ownMedian * 100, nanos[0] / 1e9, nanos[1] / 1e9,
                (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1e9);
        misses.forEach(m -> System.out.println("  outside: " + m));
        assertThat(coverage).isGreaterThanOrEqualTo(0.95);
        assertThat(ownMedian).isLessThanOrEqualTo(0.04);
        assertThat(median).isLessThanOrEqualTo(0.10); // a sample in another format leaves the dump's layout open
    }

    /** One random dump, its sample and the claim made about it. */
    private record Trial(String claim, EstimateBasis basis, long truth, String how, boolean ownFormat) {
        static Trial random(Random r, int i) {
            int patients = 120 + r.nextInt(380);
            int tables = 1 + r.nextInt(3);
            List<PatientTables.Table> dump = PatientTables.generate(1000L + i, patients,
                    tables > 1 ? 1 + r.nextDouble() * 2.5 : 0, tables > 2 ? 0.3 + r.nextDouble() * 0.7 : 0);
            String format = DumpWriters.FORMATS.get(r.nextInt(DumpWriters.FORMATS.size()));
            String codec = DumpWriters.CODECS.get(r.nextInt(DumpWriters.CODECS.size()));
            byte[] packed = DumpWriters.pack(codec, "dump", DumpWriters.write(format, dump));
            double share = Math.max(0.02 + r.nextDouble() * 0.18, 50.0 / patients); // sellers post 50 records or more
            double start = r.nextBoolean() ? 0 : r.nextDouble() * (1 - share);
            int exportKind = r.nextInt(10);
            String export = exportKind < 5 ? format : exportKind < 8 ? "csv" : exportKind < 9 ? "jsonl" : "xlsx";
            String family = family(format);
            boolean nameIt = !family(export).equals(family) || r.nextBoolean();
            boolean visits = dump.size() > 1 && r.nextInt(4) == 0;
            long truth = visits ? dump.get(1).rows().size() : patients;
            String word = codec.equals("none") ? "" : r.nextInt(8) == 0 ? " dikompres" : " " + codec;
            String claim = (nameIt ? NAMED.get(List.of("csv", "sql", "json").indexOf(family) * 3) : "dump") + " "
                    + packed.length + " bytes" + word + ", " + truth + (visits ? " kunjungan" : " data pasien");
            EstimateBasis basis = SellerSample.measure(SellerSample.slice(dump, start, share), export);
            return new Trial(claim, basis, truth, format + "/" + codec + "/" + dump.size() + " tables/sample "
                    + export + String.format(Locale.ROOT, " %.0f%% from %.0f%%", share * 100, start * 100),
                    export.equals(format));
        }

        private static String family(String format) {
            return format.startsWith("csv") ? "csv" : format.startsWith("json") ? "json"
                    : format.equals("xlsx") ? "xlsx" : "sql";
        }

        @Override
        public String toString() {
            return how + " \"" + claim + "\" truth " + truth;
        }
    }
}
