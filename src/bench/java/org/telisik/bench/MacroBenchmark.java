package org.telisik.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.telisik.testdata.HospitalDumps;
import org.telisik.testdata.MysqlDump;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.testdata.VisitsNdjson;

/**
 * End-to-end speed of {@code telisik analyze} (child JVM running target/telisik.jar: hashing, detection,
 * parsing, profiling, authenticity, workspace writes) against DuckDB's
 * {@code SUMMARIZE SELECT * FROM read_csv(...)} on the same generated radiology CSV and on the same cores: each
 * child runs under {@code taskset -c LIST} for every CPU list of {@code --cpus} (default {@code 0/0,1}: one core,
 * then two), DuckDB with as many threads as the list has cores. Runs are interleaved (run 1 of every file and
 * list, then run 2 ...) so that a change of load on a shared machine reaches both tools. Each telisik run is
 * timed by {@link TimedChild} (wall, and user + system CPU of all its threads); on the last CPU list its
 * workspace is then measured and compacted ({@link WorkspaceFigures}). Ends with a Markdown {@link Summary}:
 * medians, ratios, CPU-seconds per GB, speed-ups, issue 20's targets judged PASS or FAIL.
 *
 * <p>Usage: {@code mvn -Pbench -DskipTests package test-compile exec:java -Dexec.args="--size-mb 1024 --runs 5"}.
 * {@code --rows 1000000} adds a radiology CSV of that many rows (issue 20's 1M-row file, held to 3x);
 * {@code --size-mb 0} leaves the size file out. {@code --xmx 256m} sets the child's heap (peak heap
 * independent of file size: run with a 5 GB file); {@code --duckdb false} skips DuckDB (memory runs);
 * {@code --compact false} skips the workspace figures; {@code --dump-mb 2048 --statement-mb 300} generates and
 * analyses a mysqldump whose INSERT lines are 300 MB each instead of the CSV; {@code --ndjson-mb 500} an NDJSON export
 * of hospital visits ({@link VisitsNdjson}) instead; {@code --sql-mb 500} a mysqldump of patients and visits in
 * extended INSERTs of about 8 KB ({@link HospitalDumps}) instead, each run once read whole
 * ({@code -Dtelisik.readInParts=false}) and once in parts (use with {@code --duckdb false}). Each telisik run's GC log gives
 * the heap peak (before a collection) and the live data after collections, printed per run.
 * {@code --floor true} also runs {@link ParseFloor} after each run: the least CPU any analysis of the file
 * costs with telisik's parser and evidence digests, and the wall time that bounds on this machine's cores.
 * {@code --digests} runs {@link DigestThreads} instead (SHA-256 + MD5 on one thread or two).
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
        TimedChild.checkTools();
        if (List.of(args).contains("--digests")) {
            DigestThreads.runAll(args);
            return;
        }
        int runs = Integer.parseInt(option(args, "--runs", "5"));
        String xmx = option(args, "--xmx", "256m");
        boolean withDuck = Boolean.parseBoolean(option(args, "--duckdb", "true"));
        boolean floor = Boolean.parseBoolean(option(args, "--floor", "false"));
        boolean compact = Boolean.parseBoolean(option(args, "--compact", "true"));
        List<CpuSet> cpus = CpuSet.parseAll(option(args, "--cpus", CpuSet.defaults()));
        Path jar = Path.of("target/telisik.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build the jar first: mvn -q -DskipTests package");
        }
        List<Series> all = new ArrayList<>();
        for (Series.BenchFile file : files(args)) {
            System.out.printf(Locale.ROOT, "file %s: %.1f MB%n", file.path(), file.megabytes());
            cpus.forEach(c -> all.add(new Series(file, c)));
        }
        String context = Summary.context(xmx, runs, Summary.loadAverage());
        System.out.printf(Locale.ROOT, "%d runs; telisik -Xmx%s; CPU lists %s; %s%n", runs, xmx, cpus, context);
        for (int r = 1; r <= runs; r++) {
            for (Series s : all) {
                boolean last = s.cpus.equals(cpus.get(cpus.size() - 1));
                runTelisik(s, jar, xmx, compact && last);
                if (withDuck) {
                    TimedChild.Result d = TimedChild.run(s.cpus, DuckDbSummarize.command(s.file.path(), s.cpus.count()));
                    s.duckWall.add(DuckDbSummarize.seconds(d.stdout()));
                    s.duckCpu.add(d.cpuSeconds());
                }
                System.out.printf(Locale.ROOT, "run %d, %s, cores %s: telisik %.2f s (%.1f MB/s, CPU %.1f s)%s; load %s%n",
                        r, s.file.path().getFileName() + (s.file.oneRead() ? " (one read)" : ""), s.cpus.list(), lastOf(s.telisikWall),
                        s.file.megabytes() / lastOf(s.telisikWall), lastOf(s.telisikCpu), withDuck ? String.format(
                                Locale.ROOT, ", duckdb %.2f s (CPU %.1f s)", lastOf(s.duckWall), lastOf(s.duckCpu)) : "",
                        Summary.loadAverage());
                if (floor && last) {
                    runFloor(s.file.path(), xmx);
                }
            }
        }
        System.out.print(new Summary().print(context, all, cpus, Summary.loadAverage()));
    }

    /** The files of this run: the size file, the rows file, or the dump instead of both. */
    private static List<Series.BenchFile> files(String[] args) throws IOException {
        long sizeMb = Long.parseLong(option(args, "--size-mb", "1024"));
        long rows = Long.parseLong(option(args, "--rows", "0"));
        long dumpMb = Long.parseLong(option(args, "--dump-mb", "0"));
        List<Series.BenchFile> files = new ArrayList<>();
        long ndjsonMb = Long.parseLong(option(args, "--ndjson-mb", "0"));
        long sqlMb = Long.parseLong(option(args, "--sql-mb", "0"));
        if (sqlMb > 0) {
            Path data = Path.of("target/bench/simrs-" + sqlMb + "mb.sql");
            generate(data, sqlMb * 99 / 100, "patients (and twice as many visits)",
                    () -> HospitalDumps.mysql(data, sqlMb * 1_000_000L, 20_261_127L));
            String label = "mysqldump of patients and visits " + sqlMb + " MB";
            files.add(new Series.BenchFile(data, Files.size(data), label + ", one read", "", Double.NaN, false, true));
            files.add(new Series.BenchFile(data, Files.size(data), label + ", in parts", "", Double.NaN, false, false));
            return files;
        }
        if (ndjsonMb > 0) {
            Path data = Path.of("target/bench/kunjungan-" + ndjsonMb + "mb.ndjson");
            generate(data, ndjsonMb, "records", () -> VisitsNdjson.writeSize(data, ndjsonMb * 1_000_000L, 20_261_127L));
            files.add(new Series.BenchFile(data, Files.size(data), "NDJSON visits " + ndjsonMb + " MB", "", Double.NaN,
                    false));
            return files;
        }
        if (dumpMb > 0) {
            long statementMb = Long.parseLong(option(args, "--statement-mb", "300"));
            Path data = Path.of("target/bench/simrs-" + dumpMb + "mb-" + statementMb + "mb-lines.sql");
            ensureDump(data, dumpMb, statementMb);
            files.add(new Series.BenchFile(data, Files.size(data), "mysqldump " + dumpMb + " MB", "", Double.NaN,
                    false));
            return files;
        }
        if (sizeMb > 0) {
            Path data = Path.of(option(args, "--file", "target/bench/radiologi-" + sizeMb + "mb.csv"));
            ensureData(data, sizeMb);
            files.add(new Series.BenchFile(data, Files.size(data), String.format(Locale.ROOT,
                    "radiology CSV %,.1f MB", Files.size(data) / 1e6), "1 GB radiology CSV", 2.5, true));
        }
        if (rows > 0) {
            Path data = Path.of("target/bench/radiologi-" + rows + "rows.csv");
            ensureRows(data, rows);
            files.add(new Series.BenchFile(data, Files.size(data), String.format(Locale.ROOT,
                    "radiology CSV %,.1f MB", Files.size(data) / 1e6), "1M-row radiology CSV", 3.0, false));
        }
        return files;
    }

    /** What makes a generated file: the number of what it holds. */
    private interface Generator {
        long write() throws IOException;
    }

    /** Makes {@code data} unless a file of at least {@code sizeMb} MB is there from an earlier run. */
    private static void generate(Path data, long sizeMb, String what, Generator generator) throws IOException {
        if (Files.exists(data) && Files.size(data) >= sizeMb * 1_000_000L) {
            return;
        }
        Files.createDirectories(data.toAbsolutePath().getParent());
        long start = System.nanoTime();
        long count = generator.write();
        System.out.printf(Locale.ROOT, "generated %s: %d %s in %.1f s%n", data, count, what,
                (System.nanoTime() - start) / 1e9);
    }

    /** One timed telisik analysis of the series' file on its cores; its workspace measured when asked. */
    private static void runTelisik(Series s, Path jar, String xmx, boolean workspace) throws Exception {
        Path ws = Files.createTempDirectory("telisik-bench-ws");
        Path json = ws.resolve("out.json");
        Path gcLog = ws.resolve("gc.log");
        TimedChild.Result t = TimedChild.run(s.cpus, List.of(TimedChild.java().toString(), "-Xmx" + xmx,
                "-Xlog:gc:file=" + gcLog, "-Dtelisik.readInParts=" + !s.file.oneRead(), "-jar", jar.toString(), "analyze", "--no-progress", "--workspace",
                ws.resolve("w").toString(), "--case", "bench", "--json", json.toString(), s.file.path().toString()));
        Instant end = Instant.now();
        s.telisikWall.add(t.wallSeconds());
        s.telisikCpu.add(t.cpuSeconds());
        s.telisikRssMb.add(t.maxRssKb() / 1024.0);
        s.rows = HeapFigures.print(gcLog, json);
        if (workspace) {
            WorkspaceFigures w = WorkspaceFigures.measure(ws.resolve("w"), end, xmx);
            s.workspace.add(w);
            System.out.println("  " + w.describe());
        }
        deleteTree(ws);
    }

    private static double lastOf(List<Double> values) {
        return values.isEmpty() ? Double.NaN : values.get(values.size() - 1);
    }

    static void runFloor(Path data, String xmx) throws IOException, InterruptedException {
        String classPath = "target/telisik.jar" + java.io.File.pathSeparator + "target/test-classes";
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx, "-cp", classPath, ParseFloor.class.getName(), data.toString()).inheritIO().start();
        if (!p.waitFor(1, TimeUnit.HOURS) || p.exitValue() != 0) {
            throw new IllegalStateException("the parse floor failed with exit " + p.exitValue());
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

    static void ensureRows(Path data, long rows) throws IOException {
        if (Files.exists(data)) {
            return;
        }
        Files.createDirectories(data.toAbsolutePath().getParent());
        long start = System.nanoTime();
        Path partial = data.resolveSibling(data.getFileName() + ".part");
        RadiologyCsv.write(partial, Math.toIntExact(rows), 20_261_127L);
        Files.move(partial, data, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
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

    static void deleteTree(Path root) throws IOException {
        try (var walk = Files.walk(root)) {
            walk.sorted(Collections.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
