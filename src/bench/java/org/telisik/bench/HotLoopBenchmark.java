package org.telisik.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.telisik.core.authenticity.EvidenceSampler;
import org.telisik.core.authenticity.IdentifierFingerprinter;
import org.telisik.core.identity.NikValidator;
import org.telisik.core.profile.DatasetProfiler;
import org.telisik.core.read.CsvTableReader;
import org.telisik.core.read.ReadContext;
import org.telisik.core.read.RecordBoundaries;
import org.telisik.core.read.RecordSink;
import org.telisik.testdata.RadiologyCsv;

/**
 * The hot loops of an analysis, each alone: CSV parsing into a sink that does nothing, profiling of parsed
 * records, the authenticity samplers and NIK validation. Run: {@code mvn -Pbench test-compile exec:exec@jmh
 * -Djmh.args="HotLoopBenchmark"}. Throughput is per 8 MB of CSV.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class HotLoopBenchmark {
    private byte[] csv;
    private List<String[]> records;
    private String[] niks;

    @Setup
    public void setUp() throws IOException {
        Path file = Files.createTempFile("hotloop", ".csv");
        RadiologyCsv.writeSize(file, 8_000_000, 5);
        csv = Files.readAllBytes(file);
        Files.delete(file);
        CollectingSink sink = new CollectingSink();
        new CsvTableReader().read(new ByteArrayInputStream(csv), context(), sink);
        records = sink.rows;
        niks = records.stream().map(r -> r[1]).toArray(String[]::new);
    }

    @Benchmark
    public void parseCsv(Blackhole bh) throws IOException {
        new CsvTableReader().read(new ByteArrayInputStream(csv), context(), new BlackholeSink(bh));
    }

    /** The reading thread's quote-parity scan for the cuts between parts, in 256 KB blocks as it reads. */
    @Benchmark
    public long scanBoundaries() {
        RecordBoundaries scan = new RecordBoundaries('"');
        long part = 2 << 20;
        long start = 0;
        for (int off = 0; off < csv.length; off += 256 * 1024) {
            int end = Math.min(csv.length, off + 256 * 1024);
            for (int at = off; at < end; ) {
                at = scan.scan(csv, at, end, start + part);
                start = scan.atBoundary() ? scan.position() : start;
            }
        }
        return scan.lines() + start;
    }

    @Benchmark
    public void profileRecords(Blackhole bh) {
        DatasetProfiler profiler = new DatasetProfiler(LocalDate.of(2026, 1, 1), false);
        feed(profiler);
        bh.consume(profiler.datasets());
    }

    /** The authenticity samplers' share: row reservoir and duplicate hashes, record sizes, identifier HMACs. */
    @Benchmark
    public void sampleEvidence(Blackhole bh) {
        EvidenceSampler sampler = new EvidenceSampler(LocalDate.of(2026, 1, 1), new IdentifierFingerprinter(new byte[32]));
        feed(sampler.sink());
        bh.consume(sampler.fingerprints());
    }

    private void feed(RecordSink sink) {
        sink.startDataset("bench", "csv", null, RadiologyCsv.HEADER);
        for (String[] r : records) {
            sink.record(r);
        }
        sink.endDataset(true, csv.length);
    }

    @Benchmark
    public void validateNiks(Blackhole bh) {
        NikValidator v = new NikValidator();
        for (String nik : niks) {
            bh.consume(v.isValid(nik));
        }
    }

    private ReadContext context() {
        return new ReadContext("bench.csv", "text/csv", StandardCharsets.UTF_8, csv.length);
    }

    private static final class CollectingSink extends BlackholeSink {
        final List<String[]> rows = new java.util.ArrayList<>();

        CollectingSink() {
            super(null);
        }

        @Override public void record(String[] values) { rows.add(values); }
    }
}
