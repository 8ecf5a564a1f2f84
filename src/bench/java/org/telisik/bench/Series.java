package org.telisik.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Every run of one benchmark file on one CPU list: telisik's wall and CPU times, DuckDB's, and the workspace
 * figures where they were taken. The medians are taken figure by figure.
 */
final class Series {
    final BenchFile file;
    final CpuSet cpus;
    final List<Double> telisikWall = new ArrayList<>();
    final List<Double> telisikCpu = new ArrayList<>();
    final List<Double> telisikRssMb = new ArrayList<>();
    final List<Double> duckWall = new ArrayList<>();
    final List<Double> duckCpu = new ArrayList<>();
    final List<WorkspaceFigures> workspace = new ArrayList<>();
    long rows = -1;

    Series(BenchFile file, CpuSet cpus) {
        this.file = file;
        this.cpus = cpus;
    }

    double telisik() {
        return MacroBenchmark.median(telisikWall);
    }

    double telisikCpu() {
        return MacroBenchmark.median(telisikCpu);
    }

    double duck() {
        return duckWall.isEmpty() ? Double.NaN : MacroBenchmark.median(duckWall);
    }

    double duckCpu() {
        return duckCpu.isEmpty() ? Double.NaN : MacroBenchmark.median(duckCpu);
    }

    /** telisik's time over DuckDB's on the same cores: 2.0 means telisik takes twice as long. */
    double ratio() {
        return telisik() / duck();
    }

    /** telisik's CPU-seconds (user + system, every thread) per GB (10^9 bytes) of the file. */
    double cpuPerGb() {
        return telisikCpu() / (file.bytes() / 1e9);
    }

    /**
     * A file to benchmark: its path, its size, and the issue-20 target (if any) it stands for: the target's file
     * ({@code "1 GB radiology CSV"}), the ratio to DuckDB's time it is held to, whether the speed-up is held too;
     * and whether telisik reads it whole ({@code -Dtelisik.readInParts=false}), to set one read against parts.
     */
    record BenchFile(Path path, long bytes, String label, String target, double targetRatio, boolean speedUpTarget,
                     boolean oneRead) {
        BenchFile(Path path, long bytes, String label, String target, double targetRatio, boolean speedUpTarget) {
            this(path, bytes, label, target, targetRatio, speedUpTarget, false);
        }

        double megabytes() {
            return bytes / 1e6;
        }
    }
}
