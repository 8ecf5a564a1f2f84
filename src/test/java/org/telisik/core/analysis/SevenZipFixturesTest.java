package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.PasswordRequiredException;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.sevenz.SevenZMethod;
import org.apache.commons.compress.archivers.sevenz.SevenZMethodConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.FileReport;

/**
 * 7z files made by p7zip (src/test/resources/formats/own/7z/make-7z.sh): AES-encrypted content, encrypted
 * headers, and an ordinary 7z holding a zip. The password of the encrypted ones is never given.
 */
class SevenZipFixturesTest {
    private static final String SEVEN_Z = "application/x-7z-compressed";
    @TempDir
    Path dir;

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(SevenZipFixturesTest.class.getResource("/formats/own/7z/" + name).toURI());
    }

    private static void assertEncrypted(FileReport r, String name) {
        assertThat(r.mediaType()).isEqualTo(SEVEN_Z);
        assertThat(r.error().code().id()).isEqualTo("encrypted-archive");
        assertThat(r.error().message()).contains(name, "encrypted with a password", "ask the source for the password");
        assertThat(r.sha256()).isNotNull();
        assertThat(r.entries()).isEmpty();
    }

    @Test
    void encryptedContentAndEncryptedHeadersAreReportedAndTheOtherFilesAnalysed() throws Exception {
        Path aes = Files.copy(fixture("terkunci_aes.7z"), dir.resolve("terkunci_aes.7z"));
        Path header = Files.copy(fixture("terkunci_header.7z"), dir.resolve("terkunci_header.7z"));
        Path csv = Corpus.write(dir, "pasien.csv", Corpus.utf8(Corpus.PASIEN_CSV));
        List<FileReport> reports = Analyses.run(List.of(aes, header, csv)).files();
        assertEncrypted(reports.get(0), "terkunci_aes.7z");
        assertEncrypted(reports.get(1), "terkunci_header.7z");
        assertThat(reports.get(2).error()).isNull();
        assertThat(reports.get(2).datasets().get(0).rows()).isEqualTo(3);
    }

    @Test
    void anEncrypted7zInsideAZipStopsOnlyItself() throws Exception {
        Map<String, byte[]> members = new LinkedHashMap<>();
        members.put("kiriman/terkunci.7z", Files.readAllBytes(fixture("terkunci_header.7z")));
        members.put("kiriman/pasien.csv", Corpus.utf8(Corpus.PASIEN_CSV));
        FileReport r = Analyses.file(Corpus.write(dir, "kiriman.zip", Corpus.zip(members)));
        assertThat(r.error()).isNull();
        assertThat(r.entries()).hasSize(2);
        assertEncrypted(r.entries().get(0), "kiriman.zip!/kiriman/terkunci.7z");
        assertThat(r.entries().get(1).datasets().get(0).rows()).isEqualTo(3);
    }

    @Test
    void an7zHoldingAZipIsReadToTheLastRow() throws Exception {
        FileReport r = Analyses.file(Files.copy(fixture("bersarang.7z"), dir.resolve("bersarang.7z")));
        assertThat(r.mediaType()).isEqualTo(SEVEN_Z);
        assertThat(r.error()).isNull();
        assertThat(r.entries()).extracting(FileReport::path)
                .containsExactlyInAnyOrder("bersarang.7z!/lampiran.zip", "bersarang.7z!/pasien_a.csv");
        FileReport csv = entry(r.entries(), "bersarang.7z!/pasien_a.csv");
        assertThat(csv.datasets().get(0).rows()).isEqualTo(25);
        assertThat(csv.datasets().get(0).complete()).isTrue();
        FileReport zip = entry(r.entries(), "bersarang.7z!/lampiran.zip");
        assertThat(zip.mediaType()).isEqualTo("application/zip");
        assertThat(zip.entries()).extracting(FileReport::path)
                .containsExactly("bersarang.7z!/lampiran.zip!/dalam/pasien_b.csv");
        assertThat(zip.entries().get(0).datasets().get(0).rows()).isEqualTo(15);
        assertThat(zip.entries().get(0).datasets().get(0).columns()).hasSize(6);
    }

    private static FileReport entry(List<FileReport> entries, String path) {
        return entries.stream().filter(e -> e.path().equals(path)).findFirst().orElseThrow();
    }

    @Test
    void theFixturesAreWhatTheScriptSays() throws IOException, URISyntaxException {
        try (SevenZFile aes = SevenZFile.builder().setPath(fixture("terkunci_aes.7z")).get()) {
            SevenZArchiveEntry only = aes.getNextEntry();
            assertThat(only.getName()).isEqualTo("pasien_rahasia.csv"); // names in clear, content sealed
            assertThat(only.getContentMethods()).extracting(SevenZMethodConfiguration::getMethod)
                    .contains(SevenZMethod.AES256SHA256);
        }
        assertThatThrownBy(() -> SevenZFile.builder().setPath(fixture("terkunci_header.7z")).get())
                .isInstanceOf(PasswordRequiredException.class); // not even the names without the password
    }
}
