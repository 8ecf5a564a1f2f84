package org.telisik.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DuckDB's {@code SUMMARIZE SELECT * FROM read_csv(FILE)} with THREADS threads, in a JVM of its own so that
 * {@code taskset} pins it to the same cores as the telisik run it is compared with. Prints the query's own time
 * (query to last row; JVM start-up and loading the native library excluded, as DuckDB's shell would time it,
 * and as this benchmark measured it in-process before) on one line: {@code duckdb-seconds 4.123}.
 *
 * <p>{@code java -cp DUCKDB_JAR:target/test-classes org.telisik.bench.DuckDbSummarize FILE THREADS}
 */
public final class DuckDbSummarize {
    private static final String PREFIX = "duckdb-seconds ";

    private DuckDbSummarize() {
    }

    public static void main(String[] args) throws SQLException {
        Path data = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        double seconds;
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads=" + threads);
            long start = System.nanoTime();
            try (ResultSet rs = s.executeQuery("SUMMARIZE SELECT * FROM read_csv('" + data.toAbsolutePath() + "')")) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
            seconds = (System.nanoTime() - start) / 1e9;
        }
        System.out.printf(Locale.ROOT, "%s%.3f%n", PREFIX, seconds);
    }

    /** The child's command: this class with the DuckDB driver the harness itself was given. */
    static List<String> command(Path data, int threads) throws IOException {
        try {
            Path driver = Path.of(org.duckdb.DuckDBDriver.class.getProtectionDomain().getCodeSource().getLocation()
                    .toURI());
            String classPath = driver + java.io.File.pathSeparator + Path.of("target/test-classes").toAbsolutePath();
            return new ArrayList<>(List.of(TimedChild.java().toString(), "-cp", classPath,
                    DuckDbSummarize.class.getName(), data.toString(), Integer.toString(threads)));
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the DuckDB driver's jar", e);
        }
    }

    /** The query time the child printed. */
    static double seconds(String stdout) {
        for (String line : stdout.split("\n")) {
            if (line.startsWith(PREFIX)) {
                return Double.parseDouble(line.substring(PREFIX.length()).trim());
            }
        }
        throw new IllegalStateException("DuckDB printed no time: " + stdout);
    }
}
