package org.telisik.core.profile;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.telisik.bench.ProfilerCpu;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;
import org.telisik.testdata.RadiologyCsv;

/**
 * What each recogniser costs per value in each column of the radiology CSV, on one thread (thread CPU time, the
 * fastest of the runs): each column is settled on its first values as the profiler settles it, then every active
 * recogniser (tier 1 marked), the tier-1 recognisers together, and the tier-2 scans ({@link IdentifiersInside},
 * {@link TextIdentifiers}) are timed over all of the column's non-empty values. Each value was touched last a
 * whole column earlier, so every figure includes the first touch of a value no longer in the caches (tens of ns). In this package because the recognisers' tally and tiers are
 * not public. Run: {@code mvn -q -Pbench test-compile exec:java -Dbench.main=org.telisik.core.profile.RecogniserCpu
 * -Dexec.args="200000 7"} (rows, runs).
 */
public final class RecogniserCpu {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long sink;

    private RecogniserCpu() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path file = Files.createTempFile("recognisercpu", ".csv");
        List<String[]> records;
        try {
            RadiologyCsv.write(file, rows, 5);
            records = ProfilerCpu.records(file);
        } finally {
            Files.delete(file);
        }
        LocalDate reference = LocalDate.of(2026, 1, 1);
        List<ValueRecognizer> recognizers = Recognizers.standard(reference);
        NikValidator validator = new NikValidator(RegionCodes.get(), reference);
        for (int c = 0; c < RadiologyCsv.HEADER.size(); c++) {
            String name = RadiologyCsv.HEADER.get(c);
            List<String> values = new ArrayList<>();
            for (String[] r : records) {
                String v = c < r.length && r[c] != null ? r[c].strip() : "";
                if (!v.isEmpty()) {
                    values.add(v);
                }
            }
            ColumnAccumulator settled = new ColumnAccumulator(name, HeaderDictionary.get().lookup(name), recognizers,
                    validator, 0);
            for (String v : values.subList(0, Math.min(values.size(), RecognizerTally.SETTLE + 500))) {
                settled.add(v, false);
            }
            long tier1 = settled.tally.tier1Mask();
            long active = settled.tally.activeMask();
            StringBuilder line = new StringBuilder(String.format("%-16s", name));
            long bits = active;
            while (bits != 0) {
                int i = Long.numberOfTrailingZeros(bits);
                bits &= bits - 1;
                ValueRecognizer r = recognizers.get(i);
                double ns = median(runs, () -> {
                    for (String v : values) {
                        sink += r.test(v).ordinal();
                    }
                }) / values.size();
                line.append(String.format(" %s%s %.0f", r.type().id(), (tier1 >>> i & 1) != 0 ? "(1)" : "(2)", ns));
            }
            RecognizerTally tally = settled.tally;
            line.append(String.format(" | tier 1 together %.0f", median(runs, () -> {
                for (String v : values) {
                    tally.run(v, tier1);
                    sink += tally.lastValidBits;
                }
            }) / values.size()));
            LastRecordNumber last = new LastRecordNumber();
            line.append(String.format(" | MRN + ACCESSION: two scans %.0f, one shared %.0f", median(runs, () -> {
                for (String v : values) {
                    sink += IdentifierShapes.recordNumber(v, 20).ordinal() + IdentifierShapes.recordNumber(v, 16).ordinal();
                }
            }) / values.size(), median(runs, () -> {
                for (String v : values) {
                    sink += last.test(v, 20).ordinal() + last.test(v, 16).ordinal();
                }
            }) / values.size()));
            IdentifiersInside inside = new IdentifiersInside(validator, recognizers);
            line.append(String.format(" | inside %.0f", median(runs, () -> {
                for (String v : values) {
                    sink += inside.scan(v, 0, true);
                }
            }) / values.size()));
            TextIdentifiers text = new TextIdentifiers(validator);
            line.append(String.format(" text %.0f ns/value; scanText %s", median(runs, () -> {
                for (String v : values) {
                    sink += text.scan(v, true);
                }
            }) / values.size(), settled.scanText));
            System.out.println(line);
        }
        System.out.println("load " + Files.readString(Path.of("/proc/loadavg")).strip() + " " + (sink & 1));
    }

    private static double median(int runs, Runnable work) {
        double[] ns = new double[runs];
        for (int run = 0; run < runs; run++) {
            long start = THREADS.getCurrentThreadCpuTime();
            work.run();
            ns[run] = THREADS.getCurrentThreadCpuTime() - start;
        }
        Arrays.sort(ns);
        return ns[0]; // the fastest run: the JIT compilers, starved on a loaded machine, may finish late
    }
}
