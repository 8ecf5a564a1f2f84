package org.telisik.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.telisik.testdata.MysqlDump;
import org.telisik.testdata.RadiologyCsv;

/**
 * End-to-end speed of {@code telisik analyze} (child JVM running target/telisik.jar: hashing, detection,
 * parsing, profiling, authenticity, workspace writes) against DuckDB's
 * {@code SUMMARIZE SELECT * FROM read_csv(...)} on the same generated radiology CSV, interleaved run by run so
 * both see the same machine noise. Prints medians and the ratio.
 *
 * <p>Usage: {@code mvn -Pbench -DskipTests package test-compile exec:java -Dexec.args="--size-mb 1024 --runs 5"}.
 * {@code --xmx 256m} sets the child's heap (peak heap independent of file size: run with a 5 GB file);
 * {@code --duckdb false} skips DuckDB (memory runs); {@code --dump-mb 2048 --statement-mb 300} generates and
 * analyses a mysqldump whose INSERT lines are 300 MB each instead of the CSV. Each telisik run's GC log gives
 * the heap peak (before a collection) and the live data after collections, printed per run.
 * {@code --floor true} also runs {@link ParseFloor} after each pair: the least CPU any analysis of the file
 * costs with telisik's parser and evidence digests, and the wall time that bounds on this machine's cores.
 */
public final class MacroBenchmark {
    private MacroBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (List.of(args).contains("--responsiveness")) {
            ResponsivenessBenchmark.run(args);
            return;
        }
        if (List.of(args).contains("--sidebar")) {
            SidebarStallBenchmark.run(args);
            return;
        }
        if (List.of(args).contains("--small-files")) {
            SmallFilesBenchmark.run(args);
            return;
        }
        long sizeMb = Long.parseLong(option(args, "--size-mb", "1024"));
        int runs = Integer.parseInt(option(args, "--runs", "5"));
        String xmx = option(args, "--xmx", "512m");
        int duckThreads = Integer.parseInt(option(args, "--duckdb-threads", "2"));
        boolean withDuck = Boolean.parseBoolean(option(args, "--duckdb", "true"));
        boolean floor = Boolean.parseBoolean(option(args, "--floor", "false"));
        long dumpMb = Long.parseLong(option(args, "--dump-mb", "0"));
        long statementMb = Long.parseLong(option(args, "--statement-mb", "300"));
        Path data = Path.of(option(args, "--file", dumpMb > 0
                ? "target/bench/simrs-" + dumpMb + "mb-" + statementMb + "mb-lines.sql"
                : "target/bench/radiologi-" + sizeMb + "mb.csv"));
        Path jar = Path.of("target/telisik.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first: mvn -q -DskipTests package");
        }
        if (dumpMb > 0) {
            ensureDump(data, dumpMb, statementMb);
        } else {
            ensureData(data, sizeMb);
        }
        double mb = Files.size(data) / 1e6;
        System.out.printf(Locale.ROOT, "file %s: %.1f MB; %d runs; telisik -Xmx%s; duckdb threads=%d; %d cores%n",
                data, mb, runs, xmx, duckThreads, Runtime.getRuntime().availableProcessors());
        List<Double> telisik = new ArrayList<>();
        List<Double> duck = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            double t = timeTelisik(jar, data, xmx);
            double d = withDuck ? timeDuckDb(data, duckThreads) : Double.NaN;
            telisik.add(t);
            duck.add(d);
            System.out.printf(Locale.ROOT, "run %d: telisik %.2f s (%.1f MB/s), duckdb %.2f s (%.1f MB/s)%n",
                    r, t, mb / t, d, mb / d);
            if (floor) {
                runFloor(data, xmx);
            }
        }
        double tm = median(telisik);
        if (!withDuck) {
            System.out.printf(Locale.ROOT, "median: telisik %.2f s = %.1f MB/s%n", tm, mb / tm);
            return;
        }
        double dm = median(duck);
        System.out.printf(Locale.ROOT, "median: telisik %.2f s = %.1f MB/s; duckdb SUMMARIZE %.2f s = %.1f MB/s;"
                + " ratio telisik/duckdb speed = %.2f%n", tm, mb / tm, dm, mb / dm, dm / tm);
    }

    static double timeTelisik(Path jar, Path data, String xmx) throws IOException, InterruptedException {
        Path ws = Files.createTempDirectory("telisik-bench-ws");
        Path json = ws.resolve("out.json");
        Path gcLog = ws.resolve("gc.log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx, "-Xlog:gc:file=" + gcLog, "-jar", jar.toString(), "analyze", "--workspace",
                ws.resolve("w").toString(), "--case", "bench", "--json", json.toString(), data.toString())
                .inheritIO();
        long start = System.nanoTime();
        Process p = pb.start();
        if (!p.waitFor(2, TimeUnit.HOURS) || p.exitValue() != 0) {
            throw new IllegalStateException("telisik analyze failed with exit " + p.exitValue());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        HeapFigures.print(gcLog, json);
        deleteTree(ws);
        return seconds;
    }

    static void runFloor(Path data, String xmx) throws IOException, InterruptedException {
        String classPath = "target/telisik.jar" + java.io.File.pathSeparator + "target/test-classes";
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx, "-cp", classPath, ParseFloor.class.getName(), data.toString()).inheritIO().start();
        if (!p.waitFor(1, TimeUnit.HOURS) || p.exitValue() != 0) {
            throw new IllegalStateException("the parse floor failed with exit " + p.exitValue());
        }
    }

    static double timeDuckDb(Path data, int threads) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement s = c.createStatement()) {
            s.execute("SET threads=" + threads);
            long start = System.nanoTime();
            try (ResultSet rs = s.executeQuery("SUMMARIZE SELECT * FROM read_csv('" + data.toAbsolutePath() + "')")) {
                while (rs.next()) {
                    rs.getString(1);
                }
            }
            return (System.nanoTime() - start) / 1e9;
        }
    }

    static void ensureData(Path data, long sizeMb) throws IOException {
        if (Files.exists(data) && Files.size(data) >= sizeMb * 1_000_000L) {
            return;
        }
        Files.createDirectories(data.toAbsolutePath().getParent());
        long start = System.nanoTime();
        long rows = RadiologyCsv.writeSize(data, sizeMb * 1_000_000L, 20_261_127L);
        System.out.printf(Locale.ROOT, "generated %s: %d rows in %.1f s%n", data, rows, (System.nanoTime() - start) / 1e9);
    }

    static void ensureDump(Path data, long sizeMb, long statementMb) throws IOException {
        if (Files.exists(data) && Files.size(data) >= sizeMb * 1_000_000L) {
            return;
        }
        Files.createDirectories(data.toAbsolutePath().getParent());
        long start = System.nanoTime();
        long rows = MysqlDump.write(data, sizeMb * 1_000_000L, statementMb * 1_000_000L, 20_261_127L);
        System.out.printf(Locale.ROOT, "generated %s: %d rows in %.1f s%n", data, rows, (System.nanoTime() - start) / 1e9);
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
