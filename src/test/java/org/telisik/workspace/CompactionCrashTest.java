package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL a child JVM at instants of closing a bloated workspace, compacting it ({@code SHUTDOWN COMPACT}) or not (as
 * when it holds too much to rewrite in the time of a close), plain and encrypted: each time the workspace opens,
 * verifies (its audit head too: no committed entry lost) and holds every file stored before.
 */
class CompactionCrashTest {
    static final String CASE = "Sampel RSUD bagian";
    static final int FILES = 200;
    private static final String PASSPHRASE = "rendang padang 7 cabai";
    private static final long[] DELAYS = {0, 60, 300};

    @TempDir
    Path tmp;

    @Test
    void killedWhileClosingCompactedOrNotTheWorkspaceOpensWhole() throws Exception {
        for (String passphrase : new String[] {"-", PASSPHRASE}) {
            Path pristine = bloatedUncompacted(passphrase);
            for (String mode : new String[] {"compact", "skipped"}) {
                for (long delay : DELAYS) {
                    Path folder = WorkspaceCopies.copy(pristine, tmp.resolve(mode + delay + passphrase.length()));
                    try (ChildJvm child = ChildJvm.start(CompactionChild.class, folder.toString(), "close", mode,
                            passphrase, "-")) {
                        child.awaitLine(mode.equals("compact") ? "step close: compacting" : "step close: closing");
                        Thread.sleep(delay);
                        child.kill();
                    }
                    assertOpensWhole(folder, passphrase, "a close (" + mode + ") killed " + delay + " ms in");
                }
            }
        }
    }

    /** A workspace bloated by 400 small commits, its close killed after the compaction's audit entry, before it. */
    private Path bloatedUncompacted(String passphrase) throws IOException, InterruptedException {
        Path folder = tmp.resolve("pristine" + passphrase.length());
        try (ChildJvm child = ChildJvm.start(CompactionChild.class, folder.toString(), "bloat", "compact", passphrase,
                "close: compacting")) {
            child.awaitLine("paused");
            child.kill();
        }
        assertOpensWhole(WorkspaceCopies.copy(folder, tmp.resolve("check" + passphrase.length())), passphrase,
                "a kill before the compaction");
        assertThat(Files.size(folder.resolve("telisik.mv.db"))).as("bloated").isGreaterThan(8L << 20);
        return folder;
    }

    private static void assertOpensWhole(Path folder, String passphrase, String killedAt) {
        WorkspaceOptions options = passphrase.equals("-") ? WorkspaceOptions.defaults()
                : WorkspaceOptions.defaults().withPassphrase(passphrase.toCharArray());
        try (H2Workspace ws = H2Workspace.open(folder, options)) {
            assertThat(new WorkspaceVerifier(ws).verify().broken()).as("verify after " + killedAt).isEmpty();
            assertThat(ws.evidence().list(ws.cases().findByName(CASE).orElseThrow().id())).as(killedAt).hasSize(FILES);
        }
    }
}
