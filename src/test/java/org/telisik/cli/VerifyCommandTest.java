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


    /** A workspace in which a generated CSV was analysed into "Kasus Uji", then {@code more} was done. */
    private Path analysed(Path csv, int seed, java.util.function.Consumer<H2Workspace> more) throws Exception {
        RadiologyCsv.write(csv, 50, seed);
        Path ws = dir.resolve("ws");
        try (H2Workspace workspace = H2Workspace.open(ws)) {
            new CaseAnalysisService(workspace, Analyzer.AnalysisOptions.defaults())
                    .analyze("Kasus Uji", java.util.List.of(csv), ProgressListener.NONE, () -> false);
            more.accept(workspace);
        }
        return ws;
    }

    private CliRun verify(String... args) {
        return CliRun.of(new VerifyCommand(), args);
    }

    @Test
    void saysWhatHoldsAndExitsOneWhenAnOriginalChanged() throws Exception {
        Path csv = dir.resolve("pasien.csv");
        Path ws = analysed(csv, 2, workspace -> { });

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

    @Test
    void anAnchorFromAReportFailsOnceTheLogWasCutBackBehindIt() throws Exception {
        Path ws = analysed(dir.resolve("pasien.csv"), 3, workspace -> workspace.audit()
                .append(org.telisik.workspace.AuditLog.UNMASK, null, java.util.Map.of("column", "NIK")));
        CliRun first = verify("--workspace", ws.toString());
        String anchor = first.out().lines().filter(l -> l.startsWith("Audit head")).findFirst().orElseThrow()
                .replaceAll(".*: ", "");
        CliRun anchored = verify("--workspace", ws.toString(), "--anchor", anchor);
        assertThat(anchored.exit()).as(anchored.out()).isZero();
        assertThat(anchored.out()).contains("HOLDS       audit-anchor  anchor " + anchor + ": the log still holds this entry");

        // the unmask is cut off the log and the head file rewritten behind Telisik's back
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + ws.resolve("telisik"), "telisik", "");
             java.sql.Statement s = c.createStatement()) {
            s.execute("DELETE FROM audit_log WHERE seq = (SELECT MAX(seq) FROM audit_log)");
            try (java.sql.ResultSet rs = s.executeQuery("SELECT seq, entry_hash FROM audit_log ORDER BY seq DESC LIMIT 1")) {
                rs.next();
                Files.writeString(ws.resolve("audit-head.txt"), rs.getLong(1) + " " + rs.getString(2) + "\n");
            }
        }
        assertThat(verify("--workspace", ws.toString()).exit()).isZero();
        CliRun cut = verify("--workspace", ws.toString(), "--anchor", anchor);
        assertThat(cut.exit()).isEqualTo(1);
        assertThat(cut.out()).contains("BROKEN      audit-anchor  anchor " + anchor + ": no entry of the log has this hash");

        CliRun bad = verify("--workspace", ws.toString(), "--anchor", "bukan-hash");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("--anchor bukan-hash is not an audit head");
    }
}
