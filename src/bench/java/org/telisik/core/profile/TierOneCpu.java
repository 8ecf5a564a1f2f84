package org.telisik.core.profile;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.telisik.core.model.Dialect;
import org.telisik.core.read.CsvTableReader;
import org.telisik.core.read.ReadContext;
import org.telisik.core.read.RecordSink;
import org.telisik.testdata.RadiologyCsv;

/**
 * CPU per value of each tier-1 structure of the profiler alone, per column of the radiology CSV, on one thread
 * (thread CPU time, not wall time: the machine is shared): the top values ({@link TopValues}: exact counts, then
 * the sampled Space-Saving sketch and the distinct count), {@link ExactCounts} and {@link SpaceSaving} on their
 * own, {@link HyperLogLog}, {@link ShapeCounter} and {@link Placeholders}. Each structure gets fresh copies of the
 * values, as the parser hands them (hash not yet cached), made outside the timing in batches of 1,024; the cost
 * of {@link String#hashCode} alone is timed too ({@code -Dcomponents=SpaceSaving/8,ShapeCounter}: those only). Run: {@code mvn -q -Pbench test-compile exec:java
 * -Dbench.main=org.telisik.core.profile.TierOneCpu -Dexec.args="260000 5"} (rows, as in one 64 MB part; runs).
 */
public final class TierOneCpu {
    private static final int BATCH = 1024;
    private static final int WARM_UP = 2;

    private TierOneCpu() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 260_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<String[]> records = records(rows);
        List<String> names = List.of(System.getProperty("components", "hashCode,strip,TopValues,ExactCounts,"
                + "SpaceSaving/8,HyperLogLog,ShapeCounter,Placeholders").split(",")); // -Dcomponents=A,B: those only
        System.out.printf("%-16s %8s", "ns per value", "distinct");
        names.forEach(n -> System.out.printf(" %13s", n));
        System.out.println();
        for (int c = 0; c < RadiologyCsv.HEADER.size(); c++) {
            int column = c;
            List<String> values = records.stream().map(r -> r[column].strip()).toList();
            ExactCounts all = new ExactCounts(values.size());
            values.forEach(all::add);
            System.out.printf("%-16s %8d", RadiologyCsv.HEADER.get(c), all.size());
            for (String n : names) {
                double[] ns = new double[runs];
                for (int run = -WARM_UP; run < runs; run++) {
                    double t = time(values, component(n), n.equals("strip") ? records : null, column);
                    ns[Math.max(run, 0)] = t; // the first runs compile the structure's code
                }
                Arrays.sort(ns);
                System.out.printf(" %13.1f", ns[runs / 2]);
            }
            System.out.println();
        }
        System.out.println("load " + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /** A new structure's add, for each run: its state grows as in a part of the analysis. */
    private static Supplier<Consumer<String>> component(String name) {
        return switch (name) {
            case "hashCode" -> () -> String::hashCode;
            case "strip" -> () -> String::strip;
            case "TopValues" -> () -> new TopValues(ColumnAccumulator.EXACT_LIMIT, new HyperLogLog())::add;
            case "ExactCounts" -> () -> new ExactCounts(ColumnAccumulator.EXACT_LIMIT + 1)::add;
            case "SpaceSaving/8" -> () -> {
                SpaceSaving s = new SpaceSaving(TopValues.CAPACITY);
                org.telisik.core.sampling.OneInN one = new org.telisik.core.sampling.OneInN(TopValues.SKETCH_STRIDE);
                return v -> {
                    if (one.next()) {
                        s.add(v, TopValues.SKETCH_STRIDE);
                    }
                };
            };
            case "SwapHeap/8" -> () -> { // the sketch before its counts lay in heap order: A/B in one JVM
                SwapHeapSpaceSaving s = new SwapHeapSpaceSaving(TopValues.CAPACITY);
                org.telisik.core.sampling.OneInN one = new org.telisik.core.sampling.OneInN(TopValues.SKETCH_STRIDE);
                return v -> {
                    if (one.next()) {
                        s.add(v, TopValues.SKETCH_STRIDE);
                    }
                };
            };
            case "ShapeHash" -> () -> ShapeCounter::hash;
            case "HyperLogLog" -> () -> new HyperLogLog()::add;
            case "ShapeCounter" -> () -> new ShapeCounter()::add;
            case "Placeholders" -> () -> Placeholders::is;
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** CPU ns per value of one structure fed a column's values (raw from the parser for "strip"). */
    private static double time(List<String> values, Supplier<Consumer<String>> make, List<String[]> raw, int c) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        Consumer<String> add = make.get();
        String[] batch = new String[BATCH];
        long cpu = 0;
        for (int from = 0; from < values.size(); from += BATCH) {
            int n = Math.min(BATCH, values.size() - from);
            for (int i = 0; i < n; i++) {
                // new String(String) would copy the cached hash too: copy the characters
                batch[i] = new String((raw != null ? raw.get(from + i)[c] : values.get(from + i)).toCharArray());
            }
            long start = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                add.accept(batch[i]);
            }
            cpu += threads.getCurrentThreadCpuTime() - start;
        }
        return cpu / (double) values.size();
    }

    private static List<String[]> records(int rows) throws IOException {
        Path file = Files.createTempFile("tieronecpu", ".csv");
        List<String[]> records = new ArrayList<>(rows);
        try {
            RadiologyCsv.write(file, rows, 5);
            try (InputStream in = Files.newInputStream(file)) {
                new CsvTableReader().read(in, new ReadContext("bench.csv", "text/csv", StandardCharsets.UTF_8,
                        Files.size(file)), new RecordSink() {
                            @Override public void startDataset(String n, String f, Dialect d, List<String> cs) { }
                            @Override public void addColumn(String n) { }
                            @Override public void record(String[] values) { records.add(values.clone()); }
                            @Override public void endDataset(boolean complete, long bytes) { }
                        });
            }
        } finally {
            Files.delete(file);
        }
        return records;
    }
}
