package org.telisik.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * How often {@code telisik analyze --progress} reports and how fast a cancel takes effect: each run starts the
 * CLI on a generated radiology CSV, timestamps every progress line on standard error, sends SIGTERM (what
 * Ctrl-C's sibling and a closing terminal send) after {@code --cancel-after} seconds and times the exit.
 * Prints, per run and as medians, the longest gap between two progress lines and the time from the signal to
 * the end of the process (the analysis stops, the workspace is closed).
 *
 * <p>Usage: {@code mvn -q -Pbench exec:java -Dexec.args="--responsiveness --size-mb 1024 --runs 5"}.
 */
final class ResponsivenessBenchmark {
    private ResponsivenessBenchmark() {
    }

    static void run(String[] args) throws Exception {
        long sizeMb = Long.parseLong(MacroBenchmark.option(args, "--size-mb", "1024"));
        int runs = Integer.parseInt(MacroBenchmark.option(args, "--runs", "5"));
        double cancelAfter = Double.parseDouble(MacroBenchmark.option(args, "--cancel-after", "6"));
        Path data = Path.of(MacroBenchmark.option(args, "--file", "target/bench/radiologi-" + sizeMb + "mb.csv"));
        MacroBenchmark.ensureData(data, sizeMb);
        List<Double> gaps = new ArrayList<>();
        List<Double> stops = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            double[] result = once(Path.of("target/telisik.jar"), data, cancelAfter);
            gaps.add(result[0]);
            stops.add(result[1]);
            System.out.printf(Locale.ROOT, "run %d: %d progress lines, longest gap %.2f s; exit %.2f s after SIGTERM%n",
                    r, (long) result[2], result[0], result[1]);
        }
        System.out.printf(Locale.ROOT, "median: longest progress gap %.2f s (max %.2f s); cancel to exit %.2f s"
                + " (max %.2f s)%n", MacroBenchmark.median(gaps), Collections.max(gaps), MacroBenchmark.median(stops),
                Collections.max(stops));
    }

    /** @return longest gap between progress lines (s), signal-to-exit time (s), number of progress lines */
    private static double[] once(Path jar, Path data, double cancelAfter) throws IOException, InterruptedException {
        Path ws = Files.createTempDirectory("telisik-bench-cancel");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", jar.toString(), "analyze", "--progress", "--workspace", ws.resolve("w").toString(),
                data.toString()).redirectErrorStream(true).start();
        long start = System.nanoTime();
        long signalled = 0;
        long previous = 0;
        long longest = 0;
        int lines = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null) {
                long now = System.nanoTime();
                if (line.startsWith("telisik:") && line.contains(" MB of ")) {
                    if (previous != 0 && signalled == 0) {
                        longest = Math.max(longest, now - previous);
                    }
                    previous = now;
                    lines++;
                }
                if (signalled == 0 && now - start > cancelAfter * 1e9) {
                    p.toHandle().destroy();
                    signalled = now;
                }
            }
        }
        p.waitFor(2, TimeUnit.MINUTES);
        long end = System.nanoTime();
        try (var walk = Files.walk(ws)) {
            walk.sorted(Collections.reverseOrder()).forEach(f -> f.toFile().delete());
        }
        return new double[] {longest / 1e9, signalled == 0 ? Double.NaN : (end - signalled) / 1e9, lines};
    }
}
