package org.telisik.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Constructor;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.telisik.core.profile.DatasetProfiler;
import org.telisik.core.read.CsvTableReader;
import org.telisik.core.read.ReadContext;
import org.telisik.testdata.RadiologyCsv;

/**
 * The profiler's CPU time per row on one thread. The radiology CSV is read by telisik's CSV reader and its
 * records handed to the profiler in batches of 1,024 rows, as the analysis's profiling thread gets them, so
 * that the values are as fresh in the caches as there; the read alone is timed too and taken off (thread CPU
 * time, not wall time: the machine is shared). The profiler's own CPU time is also taken around each batch it is
 * handed, which a loaded machine disturbs less than the difference of two runs. Run: {@code mvn -q -Pbench test-compile exec:java
 * -Dbench.main=org.telisik.bench.ProfilerCpu -Dexec.args="300000 7"} (rows, runs); prints each run, the
 * medians and the load average. A third argument {@code columns} also times each column alone (its values kept,
 * the others left empty, the cost of an all-empty row taken off): CPU per value of each column, to tell where the
 * profiler's time goes.
 */
public final class ProfilerCpu {
    private static final int BATCH = Integer.getInteger("batch", 1024);
    /**
     * -Dtier2=N draws one row in N for tier 2 instead of the profiler's own choice (a power of two; 1: every row,
     * 1073741824: tier 2 practically off), to tell what tier 2 costs. Bench only: the constructor is not public.
     */
    private static final Integer TIER2 = Integer.getInteger("tier2");
    /** The profiler's CPU time in the current run, taken around each batch. */
    private static long profilerCpu;
    /** Bytes the profiler allocated in the current run (garbage the collector pays for), taken the same way. */
    private static long profilerAllocated;

    private ProfilerCpu() {
    }

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        Path file = Files.createTempFile("profilercpu", ".csv");
        try {
            RadiologyCsv.write(file, rows, 5);
            double[] read = new double[runs];
            double[] profiled = new double[runs];
            double[] batches = new double[runs];
            for (int run = 0; run < runs; run++) {
                read[run] = cpuPerRow(file, rows, false);
                profilerCpu = 0;
                profilerAllocated = 0;
                profiled[run] = cpuPerRow(file, rows, true);
                batches[run] = profilerCpu / (double) rows;
                System.out.printf("run %d: read %.0f ns, read and profile %.0f ns, batches %.0f ns CPU per row, %d bytes"
                        + " allocated per row, load %s%n", run + 1, read[run], profiled[run], batches[run],
                        profilerAllocated / rows, Files.readString(Path.of("/proc/loadavg")).strip());
            }
            double r = median(read);
            double p = median(profiled);
            System.out.printf("median of %d runs, %d rows: read %.0f ns, read and profile %.0f ns: profiler %.0f ns CPU per row"
                    + " (timed around its batches: %.0f ns)%n", runs, rows, r, p, p - r, median(batches));
            if (args.length > 2 && args[2].equals("columns")) {
                perColumn(file, rows, runs);
            }
        } finally {
            Files.delete(file);
        }
    }

    /** Median CPU per value of each column profiled alone, less the median of rows with every value empty. */
    private static void perColumn(Path file, int rows, int runs) throws IOException {
        List<String[]> records = records(file);
        int columns = RadiologyCsv.HEADER.size();
        double[][] ns = new double[columns + 1][runs];
        String only = System.getProperty("column"); // -Dcolumn=nik: that column alone, e.g. under a profiler
        for (int run = 0; run < runs; run++) {
            for (int c = 0; c <= columns; c++) {
                boolean skip = only != null && c < columns && !RadiologyCsv.HEADER.get(c).equals(only);
                ns[c][run] = skip ? 0 : columnCpu(records, c);
            }
        }
        double none = median(ns[columns]);
        double sum = 0;
        for (int c = 0; c < columns; c++) {
            double value = median(ns[c]) - none;
            sum += value;
            System.out.printf("column %-16s %5.0f ns CPU per value%n", RadiologyCsv.HEADER.get(c), value);
        }
        System.out.printf("all-empty row %.0f ns; columns together %.0f ns per row; load %s%n", none, sum,
                Files.readString(Path.of("/proc/loadavg")).strip());
    }

    /** CPU per row of profiling only column c's values (c = column count: none), copies made outside the timing. */
    private static double columnCpu(List<String[]> records, int c) {
        DatasetProfiler profiler = profiler();
        profiler.startDataset("bench", "csv", null, RadiologyCsv.HEADER);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = 0;
        List<String[]> batch = new ArrayList<>(BATCH);
        for (int from = 0; from < records.size(); from += BATCH) {
            for (String[] r : records.subList(from, Math.min(records.size(), from + BATCH))) {
                String[] only = new String[r.length];
                if (c < r.length) {
                    only[c] = new String(r[c]); // a fresh string, as the parser gives: its hash not yet cached
                }
                batch.add(only);
            }
            long start = threads.getCurrentThreadCpuTime();
            batch.forEach(profiler::record);
            cpu += threads.getCurrentThreadCpuTime() - start;
            batch.clear();
        }
        profiler.endDataset(true, 0);
        return cpu / (double) records.size();
    }

    private static double cpuPerRow(Path file, int rows, boolean profile) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        DatasetProfiler profiler = profiler();
        profiler.startDataset("bench", "csv", null, RadiologyCsv.HEADER);
        List<String[]> batch = new ArrayList<>(BATCH);
        try (InputStream in = Files.newInputStream(file)) {
            new CsvTableReader().read(in, new ReadContext("bench.csv", "text/csv", StandardCharsets.UTF_8,
                    Files.size(file)), new BlackholeSink(null) {
                        @Override
                        public void record(String[] values) {
                            batch.add(values.clone());
                            if (batch.size() == BATCH) {
                                flush(profile ? profiler : null, batch);
                            }
                        }
                    });
        }
        flush(profile ? profiler : null, batch);
        profiler.endDataset(true, 0);
        if (profiler.datasets().get(0).rows() != (profile ? rows : 0)) {
            throw new IllegalStateException("rows lost");
        }
        return (threads.getCurrentThreadCpuTime() - cpu) / (double) rows;
    }

    /** The records of a CSV file as telisik's CSV reader gives them, for benches that time parts of the profiler. */
    public static List<String[]> records(Path file) throws IOException {
        List<String[]> records = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file)) {
            new CsvTableReader().read(in, new ReadContext("bench.csv", "text/csv", StandardCharsets.UTF_8,
                    Files.size(file)), new BlackholeSink(null) {
                        @Override
                        public void record(String[] values) {
                            records.add(values.clone());
                        }
                    });
        }
        return records;
    }

    private static DatasetProfiler profiler() {
        if (TIER2 == null) {
            return new DatasetProfiler(LocalDate.of(2026, 1, 1), false);
        }
        try {
            Constructor<DatasetProfiler> c = DatasetProfiler.class.getDeclaredConstructor(LocalDate.class,
                    boolean.class, int.class);
            c.setAccessible(true);
            return c.newInstance(LocalDate.of(2026, 1, 1), false, TIER2);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no tier-2 rate constructor", e);
        }
    }

    private static void flush(DatasetProfiler profiler, List<String[]> batch) {
        if (profiler != null) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long allocated = allocated();
            batch.forEach(profiler::record);
            profilerCpu += threads.getCurrentThreadCpuTime() - cpu;
            profilerAllocated += allocated() - allocated;
        }
        batch.clear();
    }

    private static long allocated() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[values.length / 2];
    }
}
