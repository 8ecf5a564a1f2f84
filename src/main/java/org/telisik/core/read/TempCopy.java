package org.telisik.core.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.telisik.core.OwnerOnlyFiles;

/**
 * A private copy of an input in a temporary file, for formats that need random access (SQLite, Access): the
 * database library opens the copy, never the evidence, so nothing it does (locks, journals, -shm files, recovery
 * of a hot journal) can touch the original, and archive members work like files on disk. The copy is
 * owner-only and deleted on {@link #close}; reading it through consumes the stream, so the evidence hash covers
 * exactly the bytes the reader saw.
 */
public final class TempCopy implements AutoCloseable {
    private final Path file;

    private TempCopy(Path file) {
        this.file = file;
    }

    public static TempCopy of(InputStream in, String suffix) throws IOException {
        // owner-only from its creation (POSIX mode or Windows ACL): it holds the evidence in full
        Path file = OwnerOnlyFiles.createTemp(Path.of(System.getProperty("java.io.tmpdir")), "telisik-", suffix);
        try (OutputStream out = Files.newOutputStream(file)) {
            in.transferTo(out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new TempCopy(file);
    }

    public Path path() {
        return file;
    }

    @Override
    public void close() throws IOException {
        Files.deleteIfExists(file);
    }
}
