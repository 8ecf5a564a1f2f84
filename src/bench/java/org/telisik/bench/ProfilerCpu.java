package org.telisik.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
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
 * medians and the load average.
 */
public final class ProfilerCpu {
    private static final int BATCH = Integer.getInteger("batch", 1024);
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
        } finally {
            Files.delete(file);
        }
    }

    private static double cpuPerRow(Path file, int rows, boolean profile) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        DatasetProfiler profiler = new DatasetProfiler(LocalDate.of(2026, 1, 1), false);
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
