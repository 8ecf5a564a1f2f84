package org.telisik.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.telisik.workspace.AuditActions;
import org.telisik.workspace.AuditEntry;
import org.telisik.workspace.H2Workspace;

/**
 * The workspace an analysis left, measured for issue 21: its file before the close compacted it (the size the
 * {@code workspace-compacted} audit entry recorded; the file as left when the close did not compact), after
 * the analysis, how long the close's compaction took (its audit entry to the process's end), and then
 * {@code telisik workspace compact} on it: its time (child JVM, start-up included) and the file after it.
 */
record WorkspaceFigures(long bytesBeforeClose, long bytesAfterAnalysis, double closeCompactionSeconds,
        double compactSeconds, long bytesAfterCompact) {

    static final String FILE = "telisik.mv.db";

    /** Measures the workspace at {@code ws} that an analysis ending at {@code analysisEnd} left, then compacts it. */
    static WorkspaceFigures measure(Path ws, Instant analysisEnd, String xmx) throws IOException, InterruptedException {
        long after = Files.size(ws.resolve(FILE));
        AuditEntry compacted;
        try (H2Workspace w = H2Workspace.open(ws)) {
            compacted = w.audit().entries().stream().filter(e -> e.action().equals(AuditActions.WORKSPACE_COMPACTED))
                    .reduce((a, b) -> b).orElse(null);
        }
        long before = compacted == null ? after
                : Long.parseLong(compacted.detail().replaceAll(".*\"fileBytes\":(\\d+).*", "$1"));
        double onClose = compacted == null ? 0 : Duration.between(compacted.at(), analysisEnd).toMillis() / 1000.0;
        long start = System.nanoTime();
        Process p = new ProcessBuilder(TimedChild.java().toString(), "-Xmx" + xmx, "-jar", "target/telisik.jar",
                "workspace", "compact", "--workspace", ws.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("telisik workspace compact failed with exit " + p.exitValue());
        }
        double compact = (System.nanoTime() - start) / 1e9;
        return new WorkspaceFigures(before, after, onClose, compact, Files.size(ws.resolve(FILE)));
    }

    String describe() {
        return String.format(Locale.ROOT, "workspace %.1f MB before the close compacted it, %.1f MB after the analysis"
                + " (close compaction %.2f s); workspace compact (JVM start included) %.2f s -> %.1f MB",
                bytesBeforeClose / 1e6, bytesAfterAnalysis / 1e6, closeCompactionSeconds, compactSeconds,
                bytesAfterCompact / 1e6);
    }

    /** The median of each figure over several runs (each figure on its own). */
    static WorkspaceFigures median(List<WorkspaceFigures> runs) {
        return new WorkspaceFigures(
                (long) MacroBenchmark.median(runs.stream().map(f -> (double) f.bytesBeforeClose).toList()),
                (long) MacroBenchmark.median(runs.stream().map(f -> (double) f.bytesAfterAnalysis).toList()),
                MacroBenchmark.median(runs.stream().map(f -> f.closeCompactionSeconds).toList()),
                MacroBenchmark.median(runs.stream().map(f -> f.compactSeconds).toList()),
                (long) MacroBenchmark.median(runs.stream().map(f -> (double) f.bytesAfterCompact).toList()));
    }
}
