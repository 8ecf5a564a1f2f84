package org.telisik.workspace;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the entries of a portable case archive, hashing each as it goes, and finally {@code SHA256SUMS}
 * listing every entry with its SHA-256 (the format of sha256sum, so the archive can be checked by hand too).
 */
final class ArchiveEntries {
    static final String SUMS = "SHA256SUMS";
    static final String CASE = "case.json";
    static final String AUDIT = "audit.json";
    static final String EVIDENCE_PREFIX = "evidence/sha256/";

    private final ZipOutputStream zip;
    private final Map<String, String> sums = new LinkedHashMap<>();

    ArchiveEntries(ZipOutputStream zip) {
        this.zip = zip;
    }

    void add(String name, byte[] content) throws IOException {
        add(name, new ByteArrayInputStream(content));
    }

    void add(String name, InputStream content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest sha = sha256();
        try (DigestOutputStream out = new DigestOutputStream(OutputStream.nullOutputStream(), sha)) {
            byte[] buffer = new byte[64 * 1024];
            int n;
            while ((n = content.read(buffer)) > 0) {
                out.write(buffer, 0, n);
                zip.write(buffer, 0, n);
            }
        }
        zip.closeEntry();
        sums.put(name, HexFormat.of().formatHex(sha.digest()));
    }

    /** Writes SHA256SUMS; call last. */
    void finish() throws IOException {
        StringBuilder text = new StringBuilder();
        sums.forEach((name, hash) -> text.append(hash).append("  ").append(name).append('\n'));
        zip.putNextEntry(new ZipEntry(SUMS));
        zip.write(text.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    int count() {
        return sums.size();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
