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
import java.util.Locale;
import org.telisik.core.authenticity.IdentifierCollector;
import org.telisik.core.authenticity.IdentifierFingerprinter;
import org.telisik.core.authenticity.RowSampler;
import org.telisik.core.estimate.RecordSizeSampler;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.identity.RegionCodes;
import org.telisik.core.read.CsvTableReader;
import org.telisik.core.read.RecordBoundaries;
import org.telisik.core.read.RecordSink;

/**
 * The CPU time per row of everything an analysis does to a row outside the column profiler, each piece alone
 * on this thread: the CSV read (decoding, line guard, OpenCSV) into a sink that only counts, the quote-parity
 * scan for the cuts between parts, and each authenticity sampler (row reservoir and duplicate hashes, record
 * sizes, identifier fingerprints) fed the records read, in batches of 1,024 as a part's thread feeds them and
 * timed around each batch. Thread CPU time, not wall time (the machine is shared); each run prints its figures
 * and the load, then the medians. Built against public classes only, so the same class runs on an older
 * build's jar for an A/B: {@code java -cp OLD.jar:target/test-classes org.telisik.bench.RowCpu FILE MB RUNS}.
 */
public final class RowCpu {
    private static final int BATCH = 1024;
    private static final String[] PIECES = {"read", "boundaries", "rows", "sizes", "identifiers"};

    private RowCpu() {
    }

    public static void main(String[] args) throws IOException {
        Path source = Path.of(args[0]);
        long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 100;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        Path file = Files.createTempFile("rowcpu", ".csv");
        try {
            long rows = head(source, file, megabytes << 20);
            double[][] figures = new double[PIECES.length][runs];
            for (int run = 0; run < runs; run++) {
                double[] ns = run(file, rows);
                StringBuilder line = new StringBuilder("run " + (run + 1) + ":");
                for (int p = 0; p < PIECES.length; p++) {
                    figures[p][run] = ns[p];
                    line.append(String.format(Locale.ROOT, " %s %.0f", PIECES[p], ns[p]));
                }
                System.out.println(line + " ns CPU per row, load " + Files.readString(Path.of("/proc/loadavg")).strip());
            }
            StringBuilder line = new StringBuilder("median of " + runs + " runs, " + rows + " rows:");
            for (int p = 0; p < PIECES.length; p++) {
                line.append(String.format(Locale.ROOT, " %s %.0f", PIECES[p], median(figures[p])));
            }
            System.out.println(line + " ns CPU per row");
        } finally {
            Files.delete(file);
        }
    }

    /** The first {@code bytes} of {@code source} up to a record end; returns the data rows in it. */
    private static long head(Path source, Path file, long bytes) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(source)) {
            b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, bytes));
        }
        RecordBoundaries scan = new RecordBoundaries('"');
        int end = b.length;
        int at = scan.scan(b, 0, b.length, b.length - 64 * 1024);
        if (scan.atBoundary()) {
            end = at;
        }
        Files.write(file, Arrays.copyOf(b, end));
        long[] rows = {0};
        read(file, new Rows() {
            @Override
            public void record(String[] values) {
                rows[0]++;
            }
        });
        return rows[0];
    }

    /** Nanoseconds of this thread's CPU per row for each piece. */
    private static double[] run(Path file, long rows) throws IOException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long[] counted = {0};
        read(file, new Rows() {
            @Override
            public void record(String[] values) {
                counted[0] += values.length;
            }
        });
        double read = (threads.getCurrentThreadCpuTime() - cpu) / (double) rows;
        double boundaries = boundaries(file, threads) / (double) rows;
        RecordSink[] sinks = {new RowSampler(), new RecordSizeSampler(), new IdentifierCollector(
                new IdentifierFingerprinter(new byte[32]), new NikValidator(RegionCodes.get(), LocalDate.of(2026, 1, 1)))};
        long[] spent = new long[sinks.length];
        for (RecordSink s : sinks) {
            s.startDataset("bench", "csv", null, List.of("no_rm", "nik", "nama_pasien", "jenis_kelamin", "tgl_lahir",
                    "no_hp", "alamat", "tgl_periksa", "pemeriksaan", "dokter_pengirim", "kesan", "penjamin"));
        }
        List<String[]> batch = new ArrayList<>(BATCH);
        read(file, new Rows() {
            @Override
            public void record(String[] values) {
                batch.add(values);
                if (batch.size() == BATCH) {
                    feed(sinks, batch, spent, threads);
                }
            }
        });
        feed(sinks, batch, spent, threads);
        for (RecordSink s : sinks) {
            s.endDataset(true, Files.size(file));
        }
        return new double[] {read, boundaries, spent[0] / (double) rows, spent[1] / (double) rows,
            spent[2] / (double) rows};
    }

    private static void feed(RecordSink[] sinks, List<String[]> batch, long[] spent, ThreadMXBean threads) {
        for (int s = 0; s < sinks.length; s++) {
            long cpu = threads.getCurrentThreadCpuTime();
            for (String[] r : batch) {
                sinks[s].record(r);
            }
            spent[s] += threads.getCurrentThreadCpuTime() - cpu;
        }
        batch.clear();
    }

    /** The reading thread's scan for cuts 32 MB apart, in 256 KB blocks as it reads. */
    private static long boundaries(Path file, ThreadMXBean threads) throws IOException {
        byte[] block = new byte[256 * 1024];
        long cpu = threads.getCurrentThreadCpuTime();
        RecordBoundaries scan = new RecordBoundaries('"');
        long start = 0;
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(block)) > 0; ) {
                for (int at = 0; at < n; ) {
                    at = scan.scan(block, at, n, start + (32L << 20));
                    start = scan.atBoundary() ? scan.position() : start;
                }
            }
        }
        return threads.getCurrentThreadCpuTime() - cpu;
    }

    private static void read(Path file, RecordSink sink) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            new CsvTableReader().read(in, new org.telisik.core.read.ReadContext(file.getFileName().toString(),
                    "text/csv", StandardCharsets.UTF_8, Files.size(file)), sink);
        }
    }

    /** A sink that only takes records (no JMH here, so that the class runs on any build's jar). */
    private abstract static class Rows implements RecordSink {
        @Override
        public void startDataset(String name, String format, org.telisik.core.model.Dialect dialect,
                                 List<String> columns) {
            // one dataset
        }

        @Override
        public void addColumn(String name) {
            // columns do not matter here
        }

        @Override
        public void endDataset(boolean complete, long bytes) {
            // taken as they come
        }
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[values.length / 2];
    }
}
