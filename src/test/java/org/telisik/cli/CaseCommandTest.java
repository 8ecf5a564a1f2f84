package org.telisik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.CaseRecord;
import org.telisik.workspace.AuditActions;
import org.telisik.workspace.AuditEntry;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.WorkspaceVerifier;

/** {@code telisik case rename|close|reopen} changes the stored case, audited; a closed case refuses {@code analyze}. */
class CaseCommandTest {
    @TempDir
    Path dir;

    private static CliRun telisik(String... args) {
        return CliRun.of(new TelisikCommand(), args);
    }

    @Test
    void renameCloseAndReopenByNameOrId() throws Exception {
        String ws = dir.resolve("ws").toString();
        String id;
        try (H2Workspace w = H2Workspace.open(Path.of(ws))) {
            id = w.cases().create("Sampel forum").id();
        }
        CliRun renamed = telisik("case", "rename", "Sampel forum", "Kebocoran Dukcapil Jabar", "--workspace", ws);
        assertThat(renamed.exit()).as(renamed.err()).isZero();
        assertThat(renamed.out()).isEqualTo("case Kebocoran Dukcapil Jabar renamed (" + id + ")" + System.lineSeparator());
        assertThat(telisik("case", "close", id, "--workspace", ws).exit()).isZero();

        Path csv = dir.resolve("pasien.csv");
        org.telisik.testdata.RadiologyCsv.write(csv, 20, 1);
        CliRun refused = telisik("analyze", "--workspace", ws, "--case", "Kebocoran Dukcapil Jabar", csv.toString());
        assertThat(refused.exit()).isEqualTo(3);
        assertThat(refused.err()).contains("is closed, so nothing can be imported");

        assertThat(telisik("case", "reopen", "Kebocoran Dukcapil Jabar", "--workspace", ws).exit()).isZero();
        CliRun missing = telisik("case", "close", "tidak-ada", "--workspace", ws);
        assertThat(missing.exit()).isEqualTo(4);
        assertThat(missing.err()).contains("no case 'tidak-ada'");
        try (H2Workspace w = H2Workspace.open(Path.of(ws))) {
            CaseRecord stored = w.cases().findById(id).orElseThrow();
            assertThat(stored.name()).isEqualTo("Kebocoran Dukcapil Jabar");
            assertThat(stored.closed()).isFalse();
            List<String> actions = w.audit().entries(id).stream().map(AuditEntry::action).toList();
            assertThat(actions).containsExactly(AuditActions.CASE_CREATED, AuditActions.CASE_RENAMED,
                    AuditActions.CASE_CLOSED, AuditActions.CASE_REOPENED);
            assertThat(new WorkspaceVerifier(w).verify().allHold()).isTrue();
        }
    }
}
