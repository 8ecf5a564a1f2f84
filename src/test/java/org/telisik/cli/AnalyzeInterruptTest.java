package org.telisik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.Main;
import org.telisik.core.model.CaseStatus;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.WorkspaceVerifier;

/**
 * SIGTERM (what Ctrl-C and a closing terminal send, too) in the middle of {@code telisik analyze}: the analysis
 * is cancelled, the workspace closed by the program itself, the case left marked incomplete, and the audit
 * chain still holds. The signal is sent once the progress display has shown bytes read, so the run is
 * certainly inside the analysis.
 */
class AnalyzeInterruptTest {
    @TempDir
    Path dir;

    @Test
    void aSignalDuringTheAnalysisCancelsItAndLeavesAConsistentWorkspace() throws Exception {
        Path csv = dir.resolve("radiologi-besar.csv");
        RadiologyCsv.writeSize(csv, 120_000_000L, 20_261_127L);
        Path ws = dir.resolve("ws");
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "analyze", "--progress",
                "--workspace", ws.toString(), "--case", "Kasus Sela", csv.toString())
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean signalled = false;
            while ((line = out.readLine()) != null) {
                output.append(line).append('\n');
                if (!signalled && line.startsWith("telisik:") && line.contains(" MB of ") && !line.contains(" 0.0 MB of")) {
                    p.toHandle().destroy(); // SIGTERM; Process.destroy() would also close our end of its output
                    signalled = true;
                }
            }
            assertThat(signalled).as("a progress line with bytes read appeared:\n%s", output).isTrue();
        }
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("telisik: interrupted; The analysis was cancelled while reading");
        assertThat(output).containsPattern("about \\d+:\\d\\d left|time left unknown");
        try (H2Workspace workspace = H2Workspace.open(ws)) {
            assertThat(workspace.cases().findByName("Kasus Sela").orElseThrow().status()).isEqualTo(CaseStatus.INCOMPLETE);
        }
        try (H2Workspace workspace = H2Workspace.open(ws)) {
            assertThat(new WorkspaceVerifier(workspace).verify().allHold()).isTrue();
        }
    }
}
