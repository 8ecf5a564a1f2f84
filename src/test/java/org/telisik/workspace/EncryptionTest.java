package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.Annotation;
import org.telisik.core.model.AnnotationTarget;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.VerificationReport;
import org.telisik.testdata.RadiologyCsv;

class EncryptionTest {
    private static final char[] PASSPHRASE = "kopi tubruk 7 sendok gula".toCharArray();

    @TempDir
    Path tmp;

    /** Imports an unmasked analysis (raw NIKs in examples and top values) with a copy of the file. */
    private FileReport importUnmasked(Path folder, WorkspaceOptions options, Path csv) {
        FileReport report = Analyses.analyze(csv, true);
        try (H2Workspace ws = H2Workspace.open(folder, options.withEvidenceCopies(true))) {
            String caseId = ws.cases().create("Sampel Dukcapil").id();
            ws.evidence().save(caseId, report);
            ws.annotations().add(caseId, Annotation.Kind.NOTE, AnnotationTarget.file(csv.toString()), "NIK contoh di baris 3");
        }
        return report;
    }

    /** The 16-digit numbers (NIKs) written in a file. */
    static List<String> niksIn(Path csv) throws IOException {
        List<String> niks = new ArrayList<>();
        Matcher m = Pattern.compile("(?<![0-9])[0-9]{16}(?![0-9])").matcher(Files.readString(csv));
        while (m.find()) {
            niks.add(m.group());
        }
        return niks;
    }

    /** NIKs readable in any file of the folder, as UTF-8 or UTF-16 text. */
    static List<String> readableNiks(Path folder, List<String> niks) throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String latin = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1);
                for (String nik : niks) {
                    for (var cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
                        if (latin.contains(new String(nik.getBytes(cs), StandardCharsets.ISO_8859_1))) {
                            found.add(nik + " in " + folder.relativize(file));
                        }
                    }
                }
            }
        }
        return found;
    }

    @Test
    void noNikOfTheSampleIsReadableInAnEncryptedWorkspace() throws Exception {
        Path csv = tmp.resolve("ktp_bocor.csv");
        RadiologyCsv.write(csv, 200, 3);
        List<String> niks = niksIn(csv);
        assertThat(niks).hasSizeGreaterThan(100);

        importUnmasked(tmp.resolve("plain"), WorkspaceOptions.defaults(), csv);
        FileReport report = importUnmasked(tmp.resolve("sealed"), WorkspaceOptions.defaults().withPassphrase(PASSPHRASE), csv);

        assertThat(readableNiks(tmp.resolve("plain"), niks)).as("the same data unencrypted shows NIKs").isNotEmpty();
        assertThat(readableNiks(tmp.resolve("sealed"), niks)).isEmpty();
        assertThat(EncryptionCheck.isEncrypted(tmp.resolve("sealed/telisik.mv.db"))).isTrue();

        try (H2Workspace ws = H2Workspace.open(tmp.resolve("sealed"), WorkspaceOptions.defaults().withPassphrase(PASSPHRASE))) {
            String caseId = ws.cases().list().get(0).id();
            assertThat(ws.evidence().list(caseId)).containsExactly(report);
            assertThat(ws.evidenceStore().rehash(report.sha256()).sha256()).isEqualTo(report.sha256());
            VerificationReport verified = new WorkspaceVerifier(ws).verify();
            assertThat(verified.broken()).isEmpty();
            assertThat(verified.allHold()).isTrue();
        }
    }

    @Test
    void aWrongOrMissingPassphraseGetsAClearMessage() throws Exception {
        Path folder = tmp.resolve("sealed");
        H2Workspace.open(folder, WorkspaceOptions.defaults().withPassphrase(PASSPHRASE)).close();

        assertThatThrownBy(() -> H2Workspace.open(folder, WorkspaceOptions.defaults().withPassphrase("kopi susu".toCharArray())))
                .isInstanceOf(WorkspaceException.class)
                .hasMessage("The passphrase does not open workspace " + folder + "; check it (TELISIK_PASSPHRASE,"
                        + " --passphrase-file or the passphrase prompt) and try again.");
        assertThatThrownBy(() -> H2Workspace.open(folder))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageStartingWith("workspace " + folder + " is encrypted; give its passphrase");
        Path plain = tmp.resolve("plain");
        H2Workspace.open(plain).close();
        assertThatThrownBy(() -> H2Workspace.open(plain, WorkspaceOptions.defaults().withPassphrase(PASSPHRASE)))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageStartingWith("workspace " + plain + " is not encrypted");
        // after all those failures the workspace is still free and opens with the right passphrase
        H2Workspace.open(folder, WorkspaceOptions.defaults().withPassphrase(PASSPHRASE)).close();
    }

    @Test
    void thePassphraseComesFromTheFileFirstThenTheEnvironment() throws Exception {
        Path file = Files.writeString(tmp.resolve("pass.txt"), "rahasia dengan spasi\nbaris kedua diabaikan\n");
        assertThat(WorkspacePassphrase.resolve(file, java.util.Map.of("TELISIK_PASSPHRASE", "lain")))
                .containsExactly("rahasia dengan spasi".toCharArray());
        assertThat(WorkspacePassphrase.resolve(null, java.util.Map.of("TELISIK_PASSPHRASE", "lain")))
                .containsExactly("lain".toCharArray());
        assertThat(WorkspacePassphrase.resolve(null, java.util.Map.of())).isNull();
        assertThatThrownBy(() -> WorkspacePassphrase.resolve(tmp.resolve("tidak-ada.txt"), java.util.Map.of()))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("Cannot read the passphrase file");
    }

    @Test
    void aPassphraseFileIsReadOnlyToItsFirstLineAndNeverWhole() throws Exception {
        // a Windows editor's line end and a passphrase exactly at the limit are still read
        String longest = "k".repeat(WorkspacePassphrase.MAX_LINE_BYTES);
        Path windows = Files.writeString(tmp.resolve("windows.txt"), longest + "\r\nberikutnya\r\n");
        assertThat(WorkspacePassphrase.resolve(windows, java.util.Map.of())).containsExactly(longest.toCharArray());
        Path oneLine = Files.writeString(tmp.resolve("satu-baris.txt"), "rahasia tanpa akhir baris");
        assertThat(WorkspacePassphrase.resolve(oneLine, java.util.Map.of())).containsExactly("rahasia tanpa akhir baris".toCharArray());
        // a file that is not a passphrase file: a dump of 64 MiB without a line end, and /dev/zero, which never ends
        Path dump = tmp.resolve("dump.bin");
        try (var out = Files.newOutputStream(dump)) {
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) 'x');
            for (int i = 0; i < 64; i++) {
                out.write(block);
            }
        }
        for (Path notAPassphrase : List.of(dump, Path.of("/dev/zero"))) {
            if (!Files.isReadable(notAPassphrase)) {
                continue; // /dev/zero exists on Linux and macOS only
            }
            assertThatThrownBy(() -> WorkspacePassphrase.resolve(notAPassphrase, java.util.Map.of()))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessage("The passphrase file " + notAPassphrase + " has no line end within its first 4096 bytes, so it"
                            + " is not a passphrase file; give a file whose first line is the passphrase.");
        }
    }
}
