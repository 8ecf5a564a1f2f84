package org.telisik.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The macro benchmark's closing table in Markdown, ready for the README: when, on what machine and code, under
 * what load; per file and CPU list the medians of telisik and DuckDB, their ratio and telisik's CPU-seconds per
 * GB; the speed-up from the first CPU list to the last; issue 20's targets judged on the medians; issue 21's
 * workspace figures.
 */
final class Summary {
    static final double SPEED_UP_TARGET = 1.8;

    private final StringBuilder out = new StringBuilder();

    /** The machine and the load at the start, read before the first run. */
    static String context(String xmx, int runs, String loadStart) throws IOException, InterruptedException {
        return String.format(Locale.ROOT, "Measured %s on a machine with nproc %d (%s), Java %s, commit %s, -Xmx%s,"
                + " medians of %d runs interleaved (telisik and DuckDB alternate on each CPU list); load average at the"
                + " start %s",
                LocalDate.now(ZoneOffset.UTC), Runtime.getRuntime().availableProcessors(), cpuModel(),
                System.getProperty("java.version"), commit(), xmx, runs, loadStart);
    }

    static String loadAverage() throws IOException {
        String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split(" ");
        return f[0] + " " + f[1] + " " + f[2];
    }

    String print(String context, List<Series> all, List<CpuSet> cpus, String loadEnd) {
        line("");
        line(context + ", at the end " + loadEnd + " (1, 5, 15 minutes).");
        line("");
        line("| file | cores (taskset -c) | telisik end to end | telisik CPU (user+sys) | CPU-s per GB"
                + " | DuckDB SUMMARIZE, threads = cores (CPU: its whole JVM) | telisik / DuckDB time |");
        line("|---|---|---|---|---|---|---|");
        for (Series s : all) {
            line(String.format(Locale.ROOT, "| %s | %s | %.2f s = %.1f MB/s | %.1f s | %.1f | %s | %s |",
                    s.file.label() + rows(s), s.cpus, s.telisik(), s.file.megabytes() / s.telisik(), s.telisikCpu(),
                    s.cpuPerGb(), Double.isNaN(s.duck()) ? "not run" : String.format(Locale.ROOT,
                            "%.2f s = %.1f MB/s (CPU %.1f s)", s.duck(), s.file.megabytes() / s.duck(), s.duckCpu()),
                    Double.isNaN(s.duck()) ? "" : String.format(Locale.ROOT, "%.2fx", s.ratio())));
        }
        speedUps(all, cpus);
        targets(all, cpus);
        workspaces(all);
        return out.toString();
    }

    private void speedUps(List<Series> all, List<CpuSet> cpus) {
        if (cpus.size() < 2) {
            return;
        }
        line("");
        line("| file | speed-up from cores " + cpus.get(0).list() + " to " + last(cpus).list() + " | telisik | DuckDB |");
        line("|---|---|---|---|");
        for (Series first : all) {
            if (first.cpus.equals(cpus.get(0))) {
                Series widest = find(all, first.file, last(cpus));
                line(String.format(Locale.ROOT, "| %s | median time on %s / on %s | %.2fx | %.2fx |", first.file.label(),
                        first.cpus.list(), widest.cpus.list(), first.telisik() / widest.telisik(),
                        first.duck() / widest.duck()));
            }
        }
    }

    private void targets(List<Series> all, List<CpuSet> cpus) {
        List<String> rows = new java.util.ArrayList<>();
        CpuSet widest = last(cpus);
        for (Series s : all) {
            if (!s.cpus.equals(widest) || Double.isNaN(s.file.targetRatio())) {
                continue;
            }
            String measuredOn = "; measured on " + s.file.label() + rows(s);
            if (!Double.isNaN(s.duck())) {
                rows.add(String.format(Locale.ROOT, "| %s within %.1fx DuckDB's time on the same cores (%s)%s | %.2fx"
                        + " | %s |", s.file.target(), s.file.targetRatio(), widest.list(), measuredOn, s.ratio(),
                        verdict(s.ratio() <= s.file.targetRatio())));
            }
            if (s.file.speedUpTarget() && cpus.size() >= 2 && cpus.get(0).count() == 1 && widest.count() == 2) {
                double speedUp = find(all, s.file, cpus.get(0)).telisik() / s.telisik();
                rows.add(String.format(Locale.ROOT, "| %s: two cores at least %.1fx one core%s | %.2fx | %s |",
                        s.file.target(), SPEED_UP_TARGET, measuredOn, speedUp, verdict(speedUp >= SPEED_UP_TARGET)));
            }
        }
        if (!rows.isEmpty()) {
            line("");
            line("| target (issue 20), judged on the medians | measured | result |");
            line("|---|---|---|");
            rows.forEach(this::line);
        }
    }

    private void workspaces(List<Series> all) {
        boolean header = false;
        for (Series s : all) {
            if (s.workspace.isEmpty()) {
                continue;
            }
            if (!header) {
                line("");
                line("| workspace after one analysis (issue 21) | file before the close compaction | after the analysis"
                        + " | close compaction | `telisik workspace compact` (JVM start included) | after it |");
                line("|---|---|---|---|---|---|");
                header = true;
            }
            WorkspaceFigures m = WorkspaceFigures.median(s.workspace);
            line(String.format(Locale.ROOT, "| %s, cores %s | %.1f MB | %.1f MB | %.2f s | %.2f s | %.1f MB |",
                    s.file.label(), s.cpus.list(), m.bytesBeforeClose() / 1e6, m.bytesAfterAnalysis() / 1e6,
                    m.closeCompactionSeconds(), m.compactSeconds(), m.bytesAfterCompact() / 1e6));
        }
    }

    private static String verdict(boolean pass) {
        return pass ? "PASS" : "FAIL";
    }

    private static String rows(Series s) {
        return s.rows < 0 ? "" : String.format(Locale.ROOT, " (%,d rows)", s.rows);
    }

    private static Series find(List<Series> all, Series.BenchFile file, CpuSet cpus) {
        return all.stream().filter(s -> s.file.equals(file) && s.cpus.equals(cpus)).findFirst().orElseThrow();
    }

    private static CpuSet last(List<CpuSet> cpus) {
        return cpus.get(cpus.size() - 1);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    private static String cpuModel() throws IOException {
        return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                .map(l -> l.substring(l.indexOf(':') + 1).trim()).findFirst().orElse("unknown CPU");
    }

    /** The code measured: the commit, marked when the working tree differs from it. */
    private static String commit() throws IOException, InterruptedException {
        String head = git("rev-parse", "--short", "HEAD");
        return git("status", "--porcelain", "--untracked-files=no").isEmpty() ? head : head + " (with uncommitted changes)";
    }

    private static String git(String... args) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
        return p.waitFor(1, TimeUnit.MINUTES) && p.exitValue() == 0 ? text : "unknown";
    }
}
