package org.telisik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.testdata.RadiologyCsv;

/**
 * {@code telisik case delete} refuses without {@code --yes} (deleting nothing), deletes with it, says what went,
 * leaves the originals and the other cases as they were, and {@code telisik verify} still passes, in a plain and in
 * an encrypted workspace.
 */
class CaseDeleteCommandTest {
    @TempDir
    Path dir;

    private static CliRun telisik(String... args) {
        return CliRun.of(new TelisikCommand(), args);
    }

    @Test
    void withoutYesNothingGoesWithItTheCaseGoesAndVerifyStillPasses() throws Exception {
        deleteAndVerify(dir.resolve("ws").toString());
    }

    @Test
    void anEncryptedWorkspaceToo() throws Exception {
        Path passphrase = Files.writeString(dir.resolve("kunci.txt"), "sate madura pedas\n");
        deleteAndVerify(dir.resolve("rahasia").toString(), "--passphrase-file", passphrase.toString());
    }

    private void deleteAndVerify(String ws, String... key) throws Exception {
        Path bukti = Files.createDirectories(dir.resolve("bukti"));
        Path part1 = bukti.resolve("pasien_bpjs_part1.csv");
        Path part2 = bukti.resolve("pasien_bpjs_part2.csv");
        Path other = bukti.resolve("rujukan.csv");
        RadiologyCsv.write(part1, 80, 51);
        RadiologyCsv.write(part2, 80, 52);
        RadiologyCsv.write(other, 40, 53);
        byte[] original = Files.readAllBytes(part1);
        long modified = Files.getLastModifiedTime(part1).toMillis();
        assertThat(run(key, "analyze", "--no-progress", "--workspace", ws, "--case", "Sampel BPJS Bocor", "--copy-evidence",
                part1.toString(), part2.toString()).exit()).isZero();
        assertThat(run(key, "analyze", "--no-progress", "--workspace", ws, "--case", "Rujukan", other.toString()).exit()).isZero();

        CliRun refused = run(key, "case", "delete", "Sampel BPJS Bocor", "--workspace", ws);
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("cannot be undone", "add --yes", "Nothing was deleted");
        assertThat(refused.out()).isEmpty();

        CliRun missing = run(key, "case", "delete", "Tidak Ada", "--yes", "--workspace", ws);
        assertThat(missing.exit()).isEqualTo(4);
        assertThat(missing.err()).contains("no case 'Tidak Ada'");

        CliRun deleted = run(key, "case", "delete", "Sampel BPJS Bocor", "--yes", "--workspace", ws);
        assertThat(deleted.exit()).as(deleted.err()).isZero();
        assertThat(deleted.out()).matches("case Sampel BPJS Bocor deleted \\([0-9a-f-]{36}\\): 2 file\\(s\\), 2 evidence copies"
                + " removed; audit entry [0-9]+; the original files are untouched\\R");

        CliRun verified = run(key, "verify", "--workspace", ws);
        assertThat(verified.exit()).as(verified.out()).isZero();
        assertThat(verified.out()).contains("was deleted by Telisik at audit entry", "Everything checked holds.")
                .doesNotContain("BROKEN");
        CliRun again = run(key, "case", "delete", "Sampel BPJS Bocor", "--yes", "--workspace", ws);
        assertThat(again.exit()).isEqualTo(4);
        assertThat(Files.readAllBytes(part1)).isEqualTo(original);
        assertThat(Files.getLastModifiedTime(part1).toMillis()).isEqualTo(modified);
        CliRun report = run(key, "report", "--workspace", ws, "--case", "Rujukan", "--format", "json",
                "--out", dir.resolve("rujukan-" + key.length + ".json").toString());
        assertThat(report.exit()).as(report.err()).isZero();
    }

    private static CliRun run(String[] key, String... args) {
        String[] all = java.util.Arrays.copyOf(args, args.length + key.length);
        System.arraycopy(key, 0, all, args.length, key.length);
        return telisik(all);
    }
}
