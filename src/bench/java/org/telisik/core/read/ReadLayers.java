package org.telisik.core.read;

import com.opencsv.CSVReader;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The CPU of each layer between a part's bytes and OpenCSV's records, one thread, over a head of a CSV held in
 * memory (so no disk and no copy from the page cache), each layer timed with everything under it and the
 * differences giving each layer's own cost: UTF-8 decoding ({@link StrictDecoder}), the line guard, OpenCSV's
 * {@code BufferedReader.readLine}, the control-byte watch and the byte count, the whole {@code CSVReader.readNext}
 * with {@code RFC4180Parser}; then the reading thread's pieces per MB of the same bytes: SHA-256, MD5, the
 * quote-parity cut scan, and a file read from the page cache into a heap array. Thread CPU time
 * ({@code ThreadMXBean}), several rounds in one JVM, medians printed.
 *
 * <p>In this package (bench sources only) because the layers are package-private: {@code java -cp
 * target/telisik.jar:target/test-classes org.telisik.core.read.ReadLayers FILE MB ROUNDS}.
 */
public final class ReadLayers {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static long sink;

    private ReadLayers() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int megabytes = args.length > 1 ? Integer.parseInt(args[1]) : 64;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        byte[] bytes = head(file, megabytes << 20);
        CsvLayout layout = CsvLayout.learn(Arrays.copyOf(bytes, CsvTableReader.SNIFF_BYTES), StandardCharsets.UTF_8);
        long rows = csv(layout, bytes, false);
        Map<String, List<Double>> figures = new LinkedHashMap<>();
        for (int round = 0; round < rounds; round++) {
            time(figures, "decode", rows, () -> chars(new StrictDecoder(in(bytes), StandardCharsets.UTF_8, false, 0)));
            time(figures, "decode+guard", rows, () -> chars(new LongLineGuard(
                    new StrictDecoder(in(bytes), StandardCharsets.UTF_8, false, 0), CsvTableReader.MAX_LINE)));
            time(figures, "decode+guard+readLine", rows, () -> lines(new BufferedReader(new LongLineGuard(
                    new StrictDecoder(in(bytes), StandardCharsets.UTF_8, false, 0), CsvTableReader.MAX_LINE))));
            time(figures, "+controls+count", rows, () -> lines(new BufferedReader(new LongLineGuard(new StrictDecoder(
                    new ControlBytes(new CountingInputStream(in(bytes)), true), StandardCharsets.UTF_8, false, 0),
                    CsvTableReader.MAX_LINE))));
            time(figures, "ByteLines readLine", rows, () -> lines(new ByteLines(in(bytes), 0, CsvTableReader.MAX_LINE)));
            time(figures, "ByteLines+count (controls inside)", rows, () -> lines(new ByteLines(
                    new CountingInputStream(in(bytes)), 0, CsvTableReader.MAX_LINE)));
            time(figures, "readNext, old chain", rows, () -> csv(layout, bytes, false));
            time(figures, "readNext, ByteLines", rows, () -> csv(layout, bytes, true));
            time(figures, "sha256 per MB", bytes.length / 1e6, () -> digest("SHA-256", bytes));
            time(figures, "md5 per MB", bytes.length / 1e6, () -> digest("MD5", bytes));
            time(figures, "cut scan per MB", bytes.length / 1e6, () -> scan(bytes));
            time(figures, "channel read 256K per MB", Files.size(file) / 1e6 / 8, () -> channel(file, 256 << 10));
            time(figures, "channel read 16K per MB", Files.size(file) / 1e6 / 8, () -> channel(file, 16 << 10));
            System.out.println("round " + (round + 1) + " done, load " + Files.readString(Path.of("/proc/loadavg")).strip());
        }
        System.out.printf(Locale.ROOT, "%d rows, %d bytes; medians of %d rounds, ns of thread CPU per row (per MB"
                + " where said):%n", rows, bytes.length, rounds);
        figures.forEach((name, values) -> System.out.printf(Locale.ROOT, "  %-30s %9.0f  %s%n", name, median(values),
                values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList()));
        System.out.println(sink == 42 ? "" : " ");
    }

    private interface Work {
        long run() throws Exception;
    }

    private static void time(Map<String, List<Double>> figures, String name, double per, Work work) throws Exception {
        long cpu = THREADS.getCurrentThreadCpuTime();
        sink += work.run();
        figures.computeIfAbsent(name, k -> new ArrayList<>()).add((THREADS.getCurrentThreadCpuTime() - cpu) / per);
    }

    private static InputStream in(byte[] bytes) {
        return new ByteArrayInputStream(bytes);
    }

    private static long chars(Reader r) throws IOException {
        char[] c = new char[8192];
        long n = 0;
        for (int k; (k = r.read(c, 0, c.length)) >= 0; ) {
            n += k + c[0];
        }
        return n;
    }

    private static long lines(BufferedReader r) throws IOException {
        long n = 0;
        for (String line; (line = r.readLine()) != null; ) {
            n += line.length();
        }
        return n;
    }

    /** Records through OpenCSV as a part reads them; {@code now} through {@link CsvLayout#text}, else the old chain. */
    private static long csv(CsvLayout layout, byte[] bytes, boolean now) throws Exception {
        InputStream counted = new CountingInputStream(in(bytes));
        Reader text = now ? layout.text(counted, 0).reader() : new LongLineGuard(new StrictDecoder(
                new ControlBytes(counted, true), StandardCharsets.UTF_8, false, 0), CsvTableReader.MAX_LINE);
        CSVReader csv = layout.csv(text);
        long n = 0;
        for (String[] row; (row = csv.readNext()) != null; ) {
            n++;
        }
        return n - 1;
    }

    private static long digest(String algorithm, byte[] bytes) throws NoSuchAlgorithmException {
        MessageDigest d = MessageDigest.getInstance(algorithm);
        for (int at = 0; at < bytes.length; at += 256 << 10) {
            d.update(bytes, at, Math.min(256 << 10, bytes.length - at));
        }
        return d.digest()[0];
    }

    private static long scan(byte[] bytes) {
        RecordBoundaries scan = new RecordBoundaries('"');
        long start = 0;
        for (int at = 0; at < bytes.length; at += 256 << 10) {
            int end = Math.min(at + (256 << 10), bytes.length);
            for (int i = at; i < end; ) {
                i = scan.scan(bytes, i, end, start + (32L << 20));
                start = scan.atBoundary() ? scan.position() : start;
            }
        }
        return start;
    }

    /** An eighth of the file through positional channel reads of {@code block} bytes into a heap array. */
    private static long channel(Path file, int block) throws IOException {
        byte[] b = new byte[block];
        long sum = 0;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = ch.size() / 8;
            for (long at = 0; at < end; ) {
                int n = ch.read(ByteBuffer.wrap(b), at);
                at += n;
                sum += b[0];
            }
        }
        return sum;
    }

    private static byte[] head(Path file, int bytes) throws IOException {
        byte[] b;
        try (InputStream in = Files.newInputStream(file)) {
            b = in.readNBytes(bytes);
        }
        RecordBoundaries scan = new RecordBoundaries('"');
        int at = scan.scan(b, 0, b.length, b.length - 64 * 1024);
        return scan.atBoundary() ? Arrays.copyOf(b, at) : b;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }
}
