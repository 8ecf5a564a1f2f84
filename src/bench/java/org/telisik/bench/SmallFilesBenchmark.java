package org.telisik.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.telisik.testdata.PopulationCsv;
import org.telisik.workspace.AuditActions;
import org.telisik.workspace.AuditEntry;
import org.telisik.workspace.H2Workspace;

/**
 * A sample in many small parts: {@code telisik analyze} (child JVM on target/telisik.jar) of a folder of
 * {@code --files} generated population CSVs of {@code --rows} rows each into a new workspace, then
 * {@code telisik workspace compact} on it. Prints per run the analysis time (start to exit, the compaction on
 * close included), the workspace file before the close compacted it (from the audit entry) and after, how long
 * that compaction took (from its audit entry to the process's exit) and the on-demand compaction's time.
 *
 * <p>Usage: {@code mvn -q -Pbench exec:java -Dexec.args="--small-files --files 2000 --rows 20 --runs 3"}; {@code --columns N}
 * writes the first N columns of the population register (default all 11), {@code --xmx} sets the child's heap.
 */
final class SmallFilesBenchmark {
    /** The population register's columns, the narrow parts first: {@code --columns 5} writes 1.7 MB for 2,000 x 20. */
    private static final List<String> COLUMNS = List.of("nik", "nama", "jenis_kelamin", "tgl_lahir", "kode_pos", "no_kk",
            "no_hp", "email", "alamat", "kabupaten", "pekerjaan");
    private SmallFilesBenchmark() {
    }

    static void run(String[] args) throws Exception {
        int files = Integer.parseInt(MacroBenchmark.option(args, "--files", "2000"));
        int rows = Integer.parseInt(MacroBenchmark.option(args, "--rows", "20"));
        int runs = Integer.parseInt(MacroBenchmark.option(args, "--runs", "3"));
        String xmx = MacroBenchmark.option(args, "--xmx", "256m");
        int width = Integer.parseInt(MacroBenchmark.option(args, "--columns", "11"));
        List<String> columns = COLUMNS.subList(0, Math.min(width, COLUMNS.size()));
        Path folder = Path.of("target/bench/parts-" + files + "x" + rows + "x" + columns.size());
        ensureParts(folder, files, rows, columns);
        List<Double> times = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            Path ws = Files.createTempDirectory("telisik-bench-small").resolve("w");
            Path gcLog = ws.resolveSibling("gc.log");
            Path cpu = ws.resolveSibling("cpu.txt");
            String loadBefore = load();
            Instant start = Instant.now();
            telisik(xmx, List.of("-Xlog:gc:file=" + gcLog), cpu, "analyze", "--no-progress",
                    "--workspace", ws.toString(), "--case", "bench", folder.toString());
            Instant end = Instant.now();
            double cpuSeconds = cpuSeconds(cpu);
            cpus.add(cpuSeconds);
            HeapFigures.Peaks heap = HeapFigures.peaks(gcLog);
            System.out.printf(Locale.ROOT, "run %d: CPU %.2f s (user + system), load average %s before, %s after;"
                    + " heap peak %d MB before a collection, %d MB live after one (-Xmx%s)%n", r, cpuSeconds,
                    loadBefore, load(), heap.before(), heap.after(), xmx);
            long after = Files.size(ws.resolve("telisik.mv.db"));
            AuditEntry compacted;
            try (H2Workspace w = H2Workspace.open(ws)) {
                compacted = w.audit().entries().stream().filter(e -> e.action().equals(AuditActions.WORKSPACE_COMPACTED))
                        .reduce((a, b) -> b).orElse(null);
            }
            long before = compacted == null ? after : Long.parseLong(compacted.detail().replaceAll(".*\"fileBytes\":(\\d+).*", "$1"));
            double closeCompaction = compacted == null ? 0 : Duration.between(compacted.at(), end).toMillis() / 1000.0;
            Instant onDemand = Instant.now();
            telisik(xmx, List.of(), null, "workspace", "compact", "--workspace", ws.toString());
            double seconds = Duration.between(start, end).toMillis() / 1000.0;
            times.add(seconds);
            System.out.printf(Locale.ROOT, "run %d: %d files analysed in %.2f s (%.1f ms per file); workspace %.1f MB before"
                    + " the close compacted it, %.1f MB after (%.1fx), close compaction %.2f s; workspace compact"
                    + " (JVM start included) %.2f s%n", r, files, seconds, seconds * 1000 / files, before / 1e6, after / 1e6,
                    (double) before / after, closeCompaction, Duration.between(onDemand, Instant.now()).toMillis() / 1000.0);
        }
        System.out.printf(Locale.ROOT, "median: %d files (%.1f MB) in %.2f s wall, %.2f s CPU%n", files,
                folderBytes(folder) / 1e6, MacroBenchmark.median(times), MacroBenchmark.median(cpus));
    }

    /**
     * @param jvm the child's JVM options besides the heap
     * @param cpu where /usr/bin/time writes the child's CPU seconds, null for none
     */
    private static void telisik(String xmx, List<String> jvm, Path cpu, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        if (cpu != null && Files.isExecutable(Path.of("/usr/bin/time"))) {
            command.addAll(List.of("/usr/bin/time", "-f", "%U %S", "-o", cpu.toString()));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx" + xmx));
        command.addAll(jvm);
        command.addAll(List.of("-jar", "target/telisik.jar"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(1, TimeUnit.HOURS) || p.exitValue() != 0) {
            throw new IllegalStateException("telisik " + args[0] + " failed with exit " + p.exitValue());
        }
    }

    private static double cpuSeconds(Path cpu) throws IOException {
        if (!Files.exists(cpu)) {
            return Double.NaN;
        }
        String[] userSystem = Files.readString(cpu).trim().split("\\s+");
        return Double.parseDouble(userSystem[userSystem.length - 2]) + Double.parseDouble(userSystem[userSystem.length - 1]);
    }

    /** The 1-minute load average: other builds share the cores, and the wall time means nothing without it. */
    private static String load() throws IOException {
        Path avg = Path.of("/proc/loadavg");
        return Files.exists(avg) ? Files.readString(avg).split(" ")[0] : "?";
    }

    private static long folderBytes(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        }
    }

    private static void ensureParts(Path folder, int files, int rows, List<String> columns) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < files; i++) {
            Path part = folder.resolve(String.format(Locale.ROOT, "penduduk_part%05d.csv", i));
            if (!Files.exists(part)) {
                PopulationCsv.write(part, rows, i, ',', columns);
            }
        }
    }
}
