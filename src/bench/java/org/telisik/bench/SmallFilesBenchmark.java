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
 * <p>Usage: {@code mvn -q -Pbench exec:java -Dexec.args="--small-files --files 2000 --rows 20 --runs 3"}.
 */
final class SmallFilesBenchmark {
    private SmallFilesBenchmark() {
    }

    static void run(String[] args) throws Exception {
        int files = Integer.parseInt(MacroBenchmark.option(args, "--files", "2000"));
        int rows = Integer.parseInt(MacroBenchmark.option(args, "--rows", "20"));
        int runs = Integer.parseInt(MacroBenchmark.option(args, "--runs", "3"));
        String xmx = MacroBenchmark.option(args, "--xmx", "256m");
        Path folder = Path.of("target/bench/parts-" + files + "x" + rows);
        ensureParts(folder, files, rows);
        List<Double> times = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            Path ws = Files.createTempDirectory("telisik-bench-small").resolve("w");
            Instant start = Instant.now();
            telisik(xmx, "analyze", "--no-progress", "--workspace", ws.toString(), "--case", "bench", folder.toString());
            Instant end = Instant.now();
            long after = Files.size(ws.resolve("telisik.mv.db"));
            AuditEntry compacted;
            try (H2Workspace w = H2Workspace.open(ws)) {
                compacted = w.audit().entries().stream().filter(e -> e.action().equals(AuditActions.WORKSPACE_COMPACTED))
                        .reduce((a, b) -> b).orElse(null);
            }
            long before = compacted == null ? after : Long.parseLong(compacted.detail().replaceAll(".*\"fileBytes\":(\\d+).*", "$1"));
            double closeCompaction = compacted == null ? 0 : Duration.between(compacted.at(), end).toMillis() / 1000.0;
            Instant onDemand = Instant.now();
            telisik(xmx, "workspace", "compact", "--workspace", ws.toString());
            double seconds = Duration.between(start, end).toMillis() / 1000.0;
            times.add(seconds);
            System.out.printf(Locale.ROOT, "run %d: %d files analysed in %.2f s (%.1f ms per file); workspace %.1f MB before"
                    + " the close compacted it, %.1f MB after (%.1fx), close compaction %.2f s; workspace compact"
                    + " (JVM start included) %.2f s%n", r, files, seconds, seconds * 1000 / files, before / 1e6, after / 1e6,
                    (double) before / after, closeCompaction, Duration.between(onDemand, Instant.now()).toMillis() / 1000.0);
        }
        System.out.printf(Locale.ROOT, "median: %d files in %.2f s%n", files, MacroBenchmark.median(times));
    }

    private static void telisik(String xmx, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + xmx, "-jar", "target/telisik.jar"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(1, TimeUnit.HOURS) || p.exitValue() != 0) {
            throw new IllegalStateException("telisik " + args[0] + " failed with exit " + p.exitValue());
        }
    }

    private static void ensureParts(Path folder, int files, int rows) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < files; i++) {
            Path part = folder.resolve(String.format(Locale.ROOT, "penduduk_part%05d.csv", i));
            if (!Files.exists(part)) {
                PopulationCsv.write(part, rows, i, ',');
            }
        }
    }
}
