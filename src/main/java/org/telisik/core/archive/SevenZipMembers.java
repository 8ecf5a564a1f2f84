package org.telisik.core.archive;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.commons.compress.PasswordRequiredException;
import org.apache.commons.compress.archivers.sevenz.SevenZArchiveEntry;
import org.apache.commons.compress.archivers.sevenz.SevenZFile;
import org.apache.commons.compress.archivers.sevenz.SevenZMethod;
import org.apache.commons.compress.archivers.sevenz.SevenZMethodConfiguration;

/**
 * Reads the members of a 7z archive, which needs random access: the evidence file itself when it is on disk,
 * otherwise a temporary copy (counted against the archive limits, deleted afterwards).
 */
final class SevenZipMembers {
    private SevenZipMembers() {
    }

    static void read(InputStream in, Path onDisk, String path, ArchiveBudget budget, MemberVisitor visitor)
            throws IOException {
        if (onDisk != null) {
            readFile(onDisk, path, budget, visitor);
            return;
        }
        Path copy = Files.createTempFile("telisik-7z-", ".7z");
        try {
            try (OutputStream out = Files.newOutputStream(copy)) {
                budget.limit(in).transferTo(out);
            }
            readFile(copy, path, budget, visitor);
        } finally {
            Files.deleteIfExists(copy);
        }
    }

    private static void readFile(Path file, String path, ArchiveBudget budget, MemberVisitor visitor)
            throws IOException {
        try (SevenZFile sevenZ = SevenZFile.builder().setPath(file).get()) {
            SevenZArchiveEntry entry;
            while ((entry = sevenZ.getNextEntry()) != null) {
                if (entry.isDirectory() || !entry.hasStream()) {
                    continue;
                }
                if (isEncrypted(entry)) {
                    throw ArchiveErrors.encrypted(path); // names are readable, content needs the password
                }
                budget.entry();
                visitor.member(budget.limit(new SevenZEntryStream(sevenZ)), entry.getName(),
                        entry.getSize());
            }
        } catch (PasswordRequiredException e) {
            throw ArchiveErrors.encrypted(path);
        }
    }

    private static boolean isEncrypted(SevenZArchiveEntry entry) {
        for (SevenZMethodConfiguration coder : entry.getContentMethods()) {
            if (coder.getMethod() == SevenZMethod.AES256SHA256) {
                return true;
            }
        }
        return false;
    }

    /** The current entry's bytes as a stream. */
    private static final class SevenZEntryStream extends InputStream {
        private final SevenZFile sevenZ;

        SevenZEntryStream(SevenZFile sevenZ) {
            this.sevenZ = sevenZ;
        }

        @Override
        public int read() throws IOException {
            return sevenZ.read();
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            return sevenZ.read(b, off, len);
        }
    }
}
