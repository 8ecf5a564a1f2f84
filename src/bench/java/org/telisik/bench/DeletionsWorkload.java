package org.telisik.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.telisik.workspace.AuditActions;
import org.telisik.workspace.AuditEntry;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.WorkspaceOptions;

/**
 * Issue 21's deletions workload on the small-files folder, each step a {@code telisik} child JVM on
 * target/telisik.jar: analyse the folder into case A, into case B, re-analyse A, then {@code case delete A --yes},
 * whose close compacts the file. Prints per run the file before that close (its audit entry), after it, how long
 * the close's compaction took (its audit entry to the process's end), and after a
 * fresh {@code telisik workspace compact}: after the close the store must be within 2x of the compacted size. The
 * delete's wall and CPU time include the JVM start and the compaction on close. {@code --encrypted} runs it all on
 * an encrypted workspace (passphrase from TELISIK_PASSPHRASE).
 */
final class DeletionsWorkload {
    private static final String PASSPHRASE = "bench deletions passphrase";

    private DeletionsWorkload() {
    }

    static void run(Path folder, int runs, String xmx, boolean encrypted) throws Exception {
        List<Double> ratios = new ArrayList<>();
        for (int r = 1; r <= runs; r++) {
            Path ws = Files.createTempDirectory("telisik-bench-delete").resolve("w");
            for (String caseName : List.of("A", "B", "A")) {
                telisik(xmx, encrypted, "analyze", "--no-progress", "--workspace", ws.toString(), "--case", caseName,
                        folder.toString());
            }
            long beforeDelete = Files.size(ws.resolve(WorkspaceFigures.FILE));
            List<String> delete = new ArrayList<>(List.of(TimedChild.java().toString(), "-Xmx" + xmx, "-jar",
                    "target/telisik.jar", "case", "delete", "A", "--yes", "--workspace", ws.toString()));
            TimedChild.Result t = encrypted ? timedEncrypted(delete) : TimedChild.run(CpuSet.all(), delete);
            Instant deleteEnd = Instant.now();
            long afterClose = Files.size(ws.resolve(WorkspaceFigures.FILE));
            AuditEntry compaction = compactionOnClose(ws, encrypted);
            long beforeClose = compaction == null ? afterClose
                    : Long.parseLong(compaction.detail().replaceAll(".*\"fileBytes\":(\\d+).*", "$1"));
            double closeSeconds = compaction == null ? 0 : Duration.between(compaction.at(), deleteEnd).toMillis() / 1000.0;
            telisik(xmx, encrypted, "workspace", "compact", "--workspace", ws.toString());
            long fresh = Files.size(ws.resolve(WorkspaceFigures.FILE));
            double ratio = (double) afterClose / fresh;
            ratios.add(ratio);
            System.out.printf(Locale.ROOT, "deletions run %d%s: %.1f MB before the delete, %.1f MB before its close"
                    + " compacted, %.1f MB after (close compaction %.2f s; delete and close %.2f s wall, CPU %.1f s), %.1f MB freshly compacted:"
                    + " %.2fx its compacted size; load %s%n", r, encrypted ? " (encrypted)" : "", beforeDelete / 1e6,
                    beforeClose / 1e6, afterClose / 1e6, closeSeconds, t.wallSeconds(), t.cpuSeconds(), fresh / 1e6, ratio,
                    Summary.loadAverage());
            MacroBenchmark.deleteTree(ws.getParent());
        }
        System.out.printf(Locale.ROOT, "deletions median: %.2fx the compacted size after the close (target: at most 2x)%n",
                MacroBenchmark.median(ratios));
    }

    /** The audit entry of the close's compaction after the deletion, or null when that close did not compact. */
    private static AuditEntry compactionOnClose(Path ws, boolean encrypted) {
        WorkspaceOptions options = encrypted ? WorkspaceOptions.defaults().withPassphrase(PASSPHRASE.toCharArray())
                : WorkspaceOptions.defaults();
        try (H2Workspace w = H2Workspace.open(ws, options)) {
            List<AuditEntry> entries = w.audit().entries();
            long deleted = entries.stream().filter(e -> e.action().equals(AuditActions.CASE_DELETED))
                    .mapToLong(AuditEntry::seq).max().orElseThrow();
            return entries.stream().filter(e -> e.seq() > deleted && e.action().equals(AuditActions.WORKSPACE_COMPACTED))
                    .findFirst().orElse(null);
        }
    }

    private static TimedChild.Result timedEncrypted(List<String> command) throws IOException, InterruptedException {
        // TimedChild inherits this JVM's environment; the passphrase goes in through a file instead
        List<String> withKey = new ArrayList<>(command);
        withKey.addAll(List.of("--passphrase-file", passphraseFile().toString()));
        return TimedChild.run(CpuSet.all(), withKey);
    }

    private static void telisik(String xmx, boolean encrypted, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(TimedChild.java().toString(), "-Xmx" + xmx, "-jar", "target/telisik.jar"));
        command.addAll(List.of(args));
        if (encrypted) {
            command.addAll(List.of("--passphrase-file", passphraseFile().toString()));
        }
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        if (p.waitFor() != 0) {
            throw new IllegalStateException("telisik " + String.join(" ", args) + " failed with exit " + p.exitValue());
        }
    }

    private static Path passphraseFile() throws IOException {
        Path file = Path.of("target/bench/passphrase.txt");
        Files.createDirectories(file.getParent());
        Files.writeString(file, PASSPHRASE + "\n");
        return file;
    }
}
