package org.telisik.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one measured child process on a {@link CpuSet} under GNU {@code /usr/bin/time} (Debian package
 * {@code time}) and returns its wall time and the CPU time of all its threads.
 *
 * <p>Why {@code /usr/bin/time}: it takes user and system time from {@code wait4}'s resource usage, which the
 * kernel fills when the process has ended, so it counts every thread of the JVM (readers, profilers, JIT
 * compilers, GC) up to its very last instruction, without changing the measured program (telisik.jar is run
 * as shipped) and without racing its exit as a read of {@code /proc/PID/stat} would. The figures go to a file
 * of their own ({@code -o}), never mixed with the program's output. The wall time is the harness's own clock
 * around the whole process (JVM start-up included).
 */
final class TimedChild {
    private static final Path TIME = Path.of("/usr/bin/time");

    /** One run's figures; {@code stdout} is the child's standard output (its standard error is passed on). */
    record Result(double wallSeconds, double userSeconds, double systemSeconds, long maxRssKb, String stdout) {
        double cpuSeconds() {
            return userSeconds + systemSeconds;
        }
    }

    private TimedChild() {
    }

    static Path java() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }

    /** Fails early, with what to install, where the harness's two tools are missing. */
    static void checkTools() {
        if (!Files.isExecutable(TIME)) {
            throw new IllegalStateException("/usr/bin/time is missing: install GNU time (apt-get install time)");
        }
        if (!Files.isExecutable(Path.of("/usr/bin/taskset")) && !Files.isExecutable(Path.of("/bin/taskset"))) {
            throw new IllegalStateException("taskset is missing: install util-linux");
        }
    }

    static Result run(CpuSet cpus, List<String> command) throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("telisik-bench-time");
        Path figures = dir.resolve("time.txt");
        Path out = dir.resolve("stdout.txt");
        List<String> timed = new ArrayList<>(List.of(TIME.toString(), "-f", "%e %U %S %M", "-o", figures.toString()));
        timed.addAll(command);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cpus.pin(timed)).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (!p.waitFor(2, TimeUnit.HOURS)) {
            p.destroyForcibly();
            throw new IllegalStateException("gave up after 2 hours: " + String.join(" ", command));
        }
        double wall = (System.nanoTime() - start) / 1e9;
        String stdout = Files.readString(out);
        if (p.exitValue() != 0) {
            System.out.print(stdout);
            throw new IllegalStateException("exit " + p.exitValue() + " from " + String.join(" ", command));
        }
        List<String> lines = Files.readAllLines(figures);
        String[] f = lines.get(lines.size() - 1).trim().split(" ");
        Files.delete(figures);
        Files.delete(out);
        Files.delete(dir);
        return new Result(wall, Double.parseDouble(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[3]), stdout);
    }
}
