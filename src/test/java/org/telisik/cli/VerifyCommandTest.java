package org.telisik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.app.CaseAnalysisService;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.workspace.H2Workspace;
import org.telisik.workspace.WorkspaceOptions;

/** {@code telisik verify} on a real workspace: exit 0 while all holds, 1 after an original changed, 3 when unusable. */
class VerifyCommandTest {
    @TempDir
    Path dir;


    private CliRun verify(String... args) {
        return CliRun.of(new VerifyCommand(), args);
    }

    @Test
    void saysWhatHoldsAndExitsOneWhenAnOriginalChanged() throws Exception {
        Path csv = dir.resolve("pasien.csv");
        RadiologyCsv.write(csv, 50, 2);
        Path ws = dir.resolve("ws");
        try (H2Workspace workspace = H2Workspace.open(ws)) {
            new CaseAnalysisService(workspace, Analyzer.AnalysisOptions.defaults())
                    .analyze("Kasus Uji", java.util.List.of(csv), ProgressListener.NONE, () -> false);
        }

        CliRun ok = verify("--workspace", ws.toString());
        assertThat(ok.exit()).as(ok.out() + ok.err()).isZero();
        assertThat(ok.out()).contains("HOLDS       audit-chain", "HOLDS       original      case Kasus Uji: " + csv,
                "Everything checked holds.", "Audit head");

        Files.writeString(csv, "tambahan\n", StandardOpenOption.APPEND);
        CliRun changed = verify("--workspace", ws.toString());
        assertThat(changed.exit()).isEqualTo(1);
        assertThat(changed.out()).contains("BROKEN      original      case Kasus Uji: " + csv, "1 check(s) do not hold.");
    }

    @Test
    void anEncryptedWorkspaceNeedsItsPassphraseFile() throws Exception {
        Path ws = dir.resolve("ws");
        H2Workspace.open(ws, WorkspaceOptions.defaults().withPassphrase("gado gado".toCharArray())).close();
        Path pass = Files.writeString(dir.resolve("pass.txt"), "gado gado\n");

        assertThat(verify("--workspace", ws.toString(), "--passphrase-file", pass.toString()).exit()).isZero();
        CliRun without = verify("--workspace", ws.toString());
        assertThat(without.exit()).isEqualTo(3);
        assertThat(without.err()).contains("is encrypted; give its passphrase");
        CliRun nowhere = verify("--workspace", dir.resolve("tidak-ada").toString());
        assertThat(nowhere.exit()).isEqualTo(3);
        assertThat(nowhere.err()).contains("there is no workspace at");
    }
}
