package org.telisik.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.telisik.testdata.PopulationCsv;

/**
 * A sample in many small parts: {@code telisik analyze} (child JVM on target/telisik.jar) of a folder of
 * {@code --files} generated population CSVs of {@code --rows} rows each into a new workspace, then
 * {@code telisik workspace compact} on it. Prints per run the analysis time (start to exit, the compaction on
 * close included) and its CPU time (user + system, {@link TimedChild}), then the {@link WorkspaceFigures}: the
 * workspace file before the close compacted it (from the audit entry) and after, how long that compaction took
 * (from its audit entry to the process's exit) and the on-demand compaction's time.
 *
 * <p>Usage: {@code mvn -q -Pbench exec:java -Dexec.args="--small-files --files 2000 --rows 20 --runs 3"}; {@code --columns N}
 * writes the first N columns of the population register (default all 11), {@code --xmx} sets the child's heap.
 * {@code --deletions} runs {@link DeletionsWorkload} on the same folder instead ({@code --encrypted} too).
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
        TimedChild.checkTools();
        int width = Integer.parseInt(MacroBenchmark.option(args, "--columns", "11"));
        List<String> columns = COLUMNS.subList(0, Math.min(width, COLUMNS.size()));
        Path folder = Path.of("target/bench/parts-" + files + "x" + rows + "x" + columns.size());
        ensureParts(folder, files, rows, columns);
        if (List.of(args).contains("--deletions")) {
            DeletionsWorkload.run(folder, runs, xmx, List.of(args).contains("--encrypted"));
            return;
        }
        List<Double> times = new ArrayList<>();
        List<Double> cpus = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            Path ws = Files.createTempDirectory("telisik-bench-small").resolve("w");
            Path gcLog = ws.resolveSibling("gc.log");
            TimedChild.Result t = TimedChild.run(CpuSet.all(), List.of(TimedChild.java().toString(), "-Xmx" + xmx,
                    "-Xlog:gc:file=" + gcLog, "-jar", "target/telisik.jar", "analyze", "--no-progress", "--workspace",
                    ws.toString(), "--case", "bench", folder.toString()));
            HeapFigures.Peaks heap = HeapFigures.peaks(gcLog);
            WorkspaceFigures w = WorkspaceFigures.measure(ws, Instant.now(), xmx);
            times.add(t.wallSeconds());
            cpus.add(t.cpuSeconds());
            System.out.printf(Locale.ROOT, "run %d: %d files analysed in %.2f s (%.1f ms per file, CPU %.1f s); %s"
                    + " (%.1fx); load %s; heap peak %d MB before a collection, %d MB live after one (-Xmx%s)%n", r,
                    files, t.wallSeconds(), t.wallSeconds() * 1000 / files, t.cpuSeconds(), w.describe(),
                    (double) w.bytesBeforeClose() / w.bytesAfterAnalysis(), Summary.loadAverage(), heap.before(),
                    heap.after(), xmx);
            MacroBenchmark.deleteTree(ws.getParent());
        }
        System.out.printf(Locale.ROOT, "median: %d files (%.1f MB) in %.2f s wall, %.2f s CPU%n", files,
                folderBytes(folder) / 1e6, MacroBenchmark.median(times), MacroBenchmark.median(cpus));
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
