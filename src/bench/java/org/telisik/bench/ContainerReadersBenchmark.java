package org.telisik.bench;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.telisik.core.analysis.ReaderRegistry;
import org.telisik.core.read.ReadContext;
import org.telisik.core.read.TableReader;
import org.telisik.testdata.DatabaseFiles;
import org.telisik.testdata.MessyTables;
import org.telisik.testdata.SqlDialectDumps;

/**
 * The readers of issue 18 alone, each reading 20,000 patient records into a sink that does nothing: an SQLite file
 * (plus its 40,000 visits), a DBF table, an SSMS script, an Oracle SQL Developer export and NDJSON. Run:
 * {@code mvn -Pbench test-compile exec:exec@jmh -Djmh.args="ContainerReadersBenchmark"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgs = "-Xmx256m")
public class ContainerReadersBenchmark {
    private static final int ROWS = 20_000;
    private final ReaderRegistry readers = ReaderRegistry.standard();
    private Path dir;
    private byte[] sqlite;
    private byte[] dbf;
    private byte[] ssms;
    private byte[] oracle;
    private byte[] ndjson;

    @Setup
    public void setUp() throws IOException {
        dir = Files.createTempDirectory("containers");
        Path db = dir.resolve("bench.sqlite");
        DatabaseFiles.sqlite(db, ROWS, 1);
        sqlite = Files.readAllBytes(db);
        Path table = dir.resolve("bench.dbf");
        DatabaseFiles.dbf(table, ROWS, 100, 2);
        dbf = Files.readAllBytes(table);
        ssms = SqlDialectDumps.ssms(ROWS, 3).getBytes(StandardCharsets.UTF_8);
        oracle = SqlDialectDumps.oracleSqlDeveloper(ROWS, 4).getBytes(StandardCharsets.UTF_8);
        ndjson = MessyTables.ndjsonBadLine(ROWS, 5).text().getBytes(StandardCharsets.UTF_8);
    }

    @TearDown
    public void tearDown() throws IOException {
        try (var files = Files.list(dir)) {
            for (Path p : files.toList()) {
                Files.delete(p);
            }
        }
        Files.delete(dir);
    }

    @Benchmark
    public void sqliteFile(Blackhole bh) throws IOException {
        read("application/x-sqlite3", sqlite, null, bh);
    }

    @Benchmark
    public void dbfTable(Blackhole bh) throws IOException {
        read("application/x-dbf", dbf, null, bh);
    }

    @Benchmark
    public void ssmsScript(Blackhole bh) throws IOException {
        read("application/sql", ssms, StandardCharsets.UTF_8, bh);
    }

    @Benchmark
    public void oracleExport(Blackhole bh) throws IOException {
        read("application/sql", oracle, StandardCharsets.UTF_8, bh);
    }

    @Benchmark
    public void ndjsonWithABrokenLine(Blackhole bh) throws IOException {
        read("application/x-ndjson", ndjson, StandardCharsets.UTF_8, bh);
    }

    private void read(String type, byte[] bytes, java.nio.charset.Charset cs, Blackhole bh) throws IOException {
        TableReader reader = readers.forMediaType(type);
        try (InputStream in = new BufferedInputStream(new ByteArrayInputStream(bytes))) {
            reader.read(in, new ReadContext("bench", type, cs, bytes.length), new BlackholeSink(bh));
        }
    }
}
