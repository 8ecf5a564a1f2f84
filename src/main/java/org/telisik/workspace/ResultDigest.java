package org.telisik.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.telisik.core.model.FileReport;

/**
 * The SHA-256 of an analysis result in canonical JSON. Recorded in the audit log when a file is saved, it lets
 * {@link WorkspaceVerifier} prove that the stored rows still say what the analysis said about that evidence.
 */
final class ResultDigest {
    private ResultDigest() {
    }

    static String of(FileReport report) {
        try {
            byte[] json = JsonText.canonical(report).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
