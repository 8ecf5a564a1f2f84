package org.telisik.workspace;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.telisik.core.ingest.Hashes;
import org.telisik.core.ingest.HashingInputStream;

/**
 * Content-addressed copies of evidence inside the workspace: {@code evidence/sha256/ab/cd/abcd...}. A copy is
 * written to a temporary file while hashed and only moved into place when its SHA-256 is the one expected, so
 * the store never holds a file under a wrong name. Originals are only ever opened for reading. In an
 * encrypted workspace the copies are encrypted with the workspace key.
 */
public final class EvidenceStore {
    /** What {@link #store} did. */
    public enum Outcome { STORED, ALREADY_STORED, CONTENT_CHANGED }

    private final Path root;
    private final EvidenceCipher cipher;

    /** @param cipher null in a plain workspace */
    EvidenceStore(Path workspaceFolder, EvidenceCipher cipher) {
        this.root = workspaceFolder.resolve("evidence").resolve("sha256");
        this.cipher = cipher;
    }

    /** Where the copy of content with this SHA-256 lives (whether or not it exists). */
    public Path location(String sha256) {
        return root.resolve(sha256.substring(0, 2)).resolve(sha256.substring(2, 4)).resolve(sha256);
    }

    public boolean contains(String sha256) {
        return Files.isRegularFile(location(sha256));
    }

    /**
     * Copies {@code original} into the store when its content has the expected SHA-256.
     *
     * @return {@link Outcome#CONTENT_CHANGED} when the file no longer has that hash (nothing is stored)
     */
    public Outcome store(Path original, String sha256) throws IOException {
        if (contains(sha256)) {
            return Outcome.ALREADY_STORED;
        }
        try (InputStream in = Files.newInputStream(original, StandardOpenOption.READ)) {
            return store(in, sha256);
        }
    }

    /** Stores content read from {@code in} under {@code sha256} when it hashes to it (used by case import too). */
    Outcome store(InputStream in, String sha256) throws IOException {
        Path target = location(sha256);
        Files.createDirectories(target.getParent());
        Path tmp = target.resolveSibling("incoming-" + UUID.randomUUID());
        try {
            HashingInputStream hashing = new HashingInputStream(in);
            try (OutputStream out = create(tmp)) {
                hashing.transferTo(out);
            }
            if (!hashing.finish().sha256().equals(sha256)) {
                return Outcome.CONTENT_CHANGED;
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            return Outcome.STORED;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /**
     * Every file in the store's layout ({@code ab/cd/...}), without following links: copies named by their hash and
     * {@code incoming-} files a killed {@link #store} left. An unreadable folder is skipped: the callers only tidy.
     */
    List<Path> files() {
        List<Path> all = new ArrayList<>();
        collect(root, 0, all);
        return all;
    }

    private static void collect(Path dir, int depth, List<Path> all) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path p : entries) {
                if (depth < 2) {
                    collect(p, depth + 1, all);
                } else if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) {
                    all.add(p);
                }
            }
        } catch (IOException e) {
            // left as it is
        }
    }

    /** Removes a copy stored by an import that failed afterwards; a copy that cannot be removed is only clutter. */
    void discard(String sha256) {
        try {
            Files.deleteIfExists(location(sha256));
        } catch (IOException e) {
            // the content-addressed copy is correct, merely unreferenced
        }
    }

    /** Opens the stored copy for reading, decrypted. */
    public InputStream open(String sha256) throws IOException {
        InputStream raw = new BufferedInputStream(Files.newInputStream(location(sha256), StandardOpenOption.READ));
        return cipher == null ? raw : cipher.decrypt(raw);
    }

    /** Reads the stored copy through and returns its size and digests as they are now. */
    public Hashes rehash(String sha256) throws IOException {
        try (HashingInputStream in = new HashingInputStream(open(sha256))) {
            return in.finish();
        }
    }

    private OutputStream create(Path file) throws IOException {
        OutputStream raw = new BufferedOutputStream(Files.newOutputStream(file, StandardOpenOption.CREATE_NEW));
        return cipher == null ? raw : cipher.encrypt(raw);
    }
}
