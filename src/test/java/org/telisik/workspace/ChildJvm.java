package org.telisik.workspace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A second JVM running a main class of the test classpath, to play the other process on a workspace. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;

    private ChildJvm(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    static ChildJvm start(Class<?> main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(command).redirectErrorStream(true).start());
    }

    long pid() {
        return process.pid();
    }

    /** Reads the child's output until a line equal to {@code marker}; fails with what it printed otherwise. */
    void awaitLine(String marker) throws IOException {
        StringBuilder seen = new StringBuilder();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals(marker)) {
                return;
            }
            seen.append(line).append('\n');
        }
        throw new IllegalStateException("child ended before printing " + marker + ":\n" + seen);
    }

    /** Reads the child's output until a line equal to {@code marker}, returning the lines before it. */
    List<String> linesUntil(String marker) throws IOException {
        List<String> lines = new ArrayList<>();
        String line;
        while ((line = out.readLine()) != null) {
            if (line.equals(marker)) {
                return lines;
            }
            lines.add(line);
        }
        throw new IllegalStateException("child ended before printing " + marker + ":\n" + String.join("\n", lines));
    }

    /** Kills the child the hard way (SIGKILL on Unix), as a crash or a pulled plug would. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
