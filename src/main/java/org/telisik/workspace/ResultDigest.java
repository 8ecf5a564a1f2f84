package org.telisik.workspace;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.telisik.core.model.FileReport;

/**
 * The SHA-256 of an analysis result in canonical JSON. Recorded in the audit log when a file is saved, it lets
 * {@link WorkspaceVerifier} prove that the stored rows still say what the analysis said about that evidence.
 * <p>
 * The hashed bytes are those of {@code JsonText.canonical(report).getBytes(UTF_8)}, as they always were (stored
 * digests must still verify), but the text streams through a UTF-8 writer into the digest instead of being built
 * as one string and copied into one array: a save hashes every report, so that was two copies of each per file.
 * A writer encodes as {@code getBytes} does, a lone surrogate included ({@code ?}); Jackson's own UTF-8 output
 * would not (it escapes surrogates), hence the writer.
 */
final class ResultDigest {
    private ResultDigest() {
    }

    static String of(FileReport report) {
        MessageDigest sha256 = sha256();
        try (Writer text = new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), sha256),
                StandardCharsets.UTF_8)) {
            JsonText.canonical(report, text);
        } catch (IOException e) {
            throw new UncheckedIOException("a digest's stream cannot fail", e);
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
