package org.telisik.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.time.LocalDate;
import java.util.Locale;
import org.telisik.core.authenticity.EvidenceSampler;
import org.telisik.core.authenticity.IdentifierFingerprinter;
import org.telisik.core.ingest.HashingInputStream;
import org.telisik.core.ingest.Hashes;
import org.telisik.core.model.Dialect;
import org.telisik.core.profile.DatasetProfiler;
import org.telisik.core.read.CsvTableReader;
import org.telisik.core.read.ReadContext;
import org.telisik.core.read.RecordSink;
import org.telisik.core.read.TeeRecordSink;

/**
 * The floors under any analysis of a CSV, each on one thread in a JVM of its own: telisik's own CSV read
 * (UTF-8 decoding, line guard, OpenCSV's RFC 4180 parser) into a sink that only counts the records; the
 * evidence digests (SHA-256 and MD5, as {@link HashingInputStream} computes them) over the same bytes; and the
 * read again with the profiler and the authenticity samplers doing their work on the same thread. No
 * workspace, no hand-over between threads. The read and the digests are the least any analysis of the file
 * costs; with the profiling they are the work itself, and divided by the cores they bound the best wall time a
 * perfect split of that work could reach.
 *
 * <p>Run by {@link MacroBenchmark} with {@code --floor true}; alone: {@code java -cp
 * target/telisik.jar:target/test-classes org.telisik.bench.ParseFloor FILE}.
 */
public final class ParseFloor {
    private ParseFloor() {
    }

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args[0]);
        long size = Files.size(file);
        CountingSink sink = new CountingSink();
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            new CsvTableReader().read(in, new ReadContext(file.getFileName().toString(), "text/csv",
                    StandardCharsets.UTF_8, size), sink);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "parse floor: %d records, %d fields in %.2f s = %.1f MB/s on one thread%n",
                sink.records, sink.fields, seconds, size / 1e6 / seconds);
        start = System.nanoTime();
        Hashes hashes;
        try (HashingInputStream in = new HashingInputStream(Files.newInputStream(file))) {
            byte[] buffer = new byte[64 * 1024];
            while (in.read(buffer) >= 0) {
                // the digests see every byte
            }
            hashes = in.finish();
        }
        double digestSeconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "digest floor: SHA-256 %s… and MD5 in %.2f s = %.1f MB/s on one thread%n",
                hashes.sha256().substring(0, 12), digestSeconds, size / 1e6 / digestSeconds);
        int cores = Runtime.getRuntime().availableProcessors();
        double bound = (seconds + digestSeconds) / cores;
        System.out.printf(Locale.ROOT, "floor on %d cores, parse and digests only, perfectly split: %.2f s = %.1f MB/s%n",
                cores, bound, size / 1e6 / bound);
        double workSeconds = timeWork(file, size);
        double workBound = (workSeconds + digestSeconds) / cores;
        System.out.printf(Locale.ROOT, "work: parse, profile and sample on one thread %.2f s = %.1f MB/s; with the"
                + " digests perfectly split over %d cores: %.2f s = %.1f MB/s%n", workSeconds, size / 1e6 / workSeconds,
                cores, workBound, size / 1e6 / workBound);
    }

    /** The read with the profiler and the samplers as the analysis runs them, but all on this thread. */
    private static double timeWork(Path file, long size) throws IOException {
        DatasetProfiler profiler = new DatasetProfiler(LocalDate.now(), false);
        EvidenceSampler samplers = new EvidenceSampler(LocalDate.now(), new IdentifierFingerprinter(new byte[32]));
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(file)) {
            new CsvTableReader().read(in, new ReadContext(file.getFileName().toString(), "text/csv",
                    StandardCharsets.UTF_8, size), TeeRecordSink.of(profiler, samplers.sink()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (profiler.datasets().isEmpty() || samplers.rowSamples().isEmpty()) {
            throw new IllegalStateException("the profiler or the samplers saw no dataset");
        }
        return seconds;
    }

    /** Counts records and fields so that the parser's work cannot be optimised away. */
    private static final class CountingSink implements RecordSink {
        long records;
        long fields;

        @Override
        public void startDataset(String name, String format, Dialect dialect, List<String> columns) {
            // nothing to set up
        }

        @Override
        public void addColumn(String name) {
            // columns do not matter here
        }

        @Override
        public void record(String[] values) {
            records++;
            fields += values.length;
        }

        @Override
        public void endDataset(boolean complete, long bytes) {
            // counted as they come
        }
    }
}
