package org.telisik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.testdata.RadiologyCsv;

/** {@code telisik case export} and {@code case import} move a case between two (one encrypted) workspaces. */
class CaseExportImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void aCaseMovesFromOneWorkspaceToAnEncryptedOneAndVerifiesThere() throws Exception {
        Path csv = dir.resolve("data_pasien.csv");
        RadiologyCsv.write(csv, 50, 23);
        String source = dir.resolve("asal").toString();
        String target = dir.resolve("tujuan").toString();
        Path passphrase = Files.writeString(dir.resolve("kunci.txt"), "rendang padang\n");
        Path archive = dir.resolve("kasus.zip");
        assertThat(CliRun.of(new TelisikCommand(), "analyze", "--workspace", source, "--case", "Kasus Klinik",
                "--copy-evidence", csv.toString()).exit()).isZero();

        CliRun exported = CliRun.of(new TelisikCommand(), "case", "export", "Kasus Klinik", "--out", archive.toString(),
                "--workspace", source);
        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out()).contains("exported case Kasus Klinik", "1 file(s), 1 evidence copy", "SHA-256 ");
        assertThat(archive).isRegularFile();

        CliRun imported = CliRun.of(new TelisikCommand(), "case", "import", archive.toString(), "--workspace", target,
                "--passphrase-file", passphrase.toString());
        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("imported case Kasus Klinik");

        CliRun verified = CliRun.of(new TelisikCommand(), "verify", "--workspace", target, "--passphrase-file", passphrase.toString());
        assertThat(verified.exit()).as(verified.out()).isZero();
        assertThat(verified.out()).contains("evidence-copy case Kasus Klinik", "Everything checked holds.").doesNotContain("BROKEN");

        CliRun again = CliRun.of(new TelisikCommand(), "case", "import", archive.toString(), "--workspace", target,
                "--passphrase-file", passphrase.toString());
        assertThat(again.exit()).isEqualTo(3);
        assertThat(again.err()).contains("already in this workspace", "nothing was imported");
    }

    @Test
    void anUnknownCaseAndAMissingArchiveAreClearErrors() throws Exception {
        String ws = dir.resolve("ws").toString();
        CliRun unknown = CliRun.of(new TelisikCommand(), "case", "export", "Tidak Ada", "--out", dir.resolve("x.zip").toString(),
                "--workspace", ws);
        assertThat(unknown.exit()).isEqualTo(4);
        assertThat(unknown.err()).contains("no case 'Tidak Ada'");
        CliRun missing = CliRun.of(new TelisikCommand(), "case", "import", dir.resolve("hilang.zip").toString(), "--workspace", ws);
        assertThat(missing.exit()).isEqualTo(3);
        assertThat(missing.err()).contains("hilang.zip");
    }
}
