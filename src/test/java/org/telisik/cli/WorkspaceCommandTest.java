package org.telisik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.workspace.AuditActions;
import org.telisik.workspace.AuditEntry;
import org.telisik.workspace.H2Workspace;

/** {@code telisik workspace compact} shrinks the file, says by how much, and leaves an audited, intact workspace. */
class WorkspaceCommandTest {
    @TempDir
    Path dir;

    @Test
    void compactSaysTheSizesAndAuditsIt() throws Exception {
        Path ws = dir.resolve("ws");
        Path parts = Files.createDirectories(dir.resolve("bagian"));
        for (int i = 0; i < 30; i++) {
            RadiologyCsv.write(parts.resolve("rujukan_part" + i + ".csv"), 15, i);
        }
        for (int round = 0; round < 3; round++) { // re-analyses: each replaces the files stored before
            CliRun analysed = CliRun.of(new TelisikCommand(), "analyze", "--no-progress", "--workspace", ws.toString(),
                    "--case", "Sampel bertahap", parts.toString());
            assertThat(analysed.exit()).as(analysed.err()).isZero();
        }

        CliRun compacted = CliRun.of(new TelisikCommand(), "workspace", "compact", "--workspace", ws.toString());

        assertThat(compacted.exit()).as(compacted.err()).isZero();
        assertThat(compacted.out()).matches("workspace .* compacted: [0-9.]+ MB -> [0-9.]+ MB in [0-9.]+ s\\R");
        assertThat(Files.size(ws.resolve("telisik.mv.db"))).isLessThan(4L << 20);
        try (H2Workspace w = H2Workspace.open(ws)) {
            assertThat(w.audit().entries()).extracting(AuditEntry::action).contains(AuditActions.WORKSPACE_COMPACTED);
            assertThat(w.evidence().list(w.cases().findByName("Sampel bertahap").orElseThrow().id())).hasSize(30);
        }
    }
}
