package org.telisik.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that may hold personal data in full are owner-only from the instant they exist, whatever the umask. */
class OwnerOnlyFilesTest {
    @TempDir
    Path dir;

    @BeforeEach
    void posixOnly() throws IOException {
        assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"), "POSIX permissions");
    }

    @Test
    void aNewFileIsOwnerOnlyBeforeAnythingIsWritten() throws IOException {
        Path file = dir.resolve("unmasked.json");
        try (OutputStream out = OwnerOnlyFiles.create(file)) {
            assertThat(mode(file)).isEqualTo("rw-------");
            out.write("{}".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("{}");
    }

    @Test
    void aStaleFileReadableByOthersIsReplacedNotReused() throws IOException {
        Path file = dir.resolve("case.zip.part");
        Files.writeString(file, "old content that is longer");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        try (OutputStream out = OwnerOnlyFiles.create(file)) {
            out.write('x');
        }
        assertThat(mode(file)).isEqualTo("rw-------");
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void aTemporaryFileForAMoveIsOwnerOnly() throws IOException {
        Path temp = OwnerOnlyFiles.createTemp(dir, ".telisik-report-", ".part");
        assertThat(temp.getParent()).isEqualTo(dir);
        assertThat(mode(temp)).isEqualTo("rw-------");
        assertThat(Files.size(temp)).isZero();
    }

    private static String mode(Path file) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    }
}
