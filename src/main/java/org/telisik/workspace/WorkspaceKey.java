package org.telisik.workspace;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The keys derived from a workspace passphrase. H2 splits its password at the first space into file and user
 * password, so the passphrase (which may contain spaces) is first turned into a hex digest; H2 then stretches
 * the file password with its own salt before it becomes the AES key; evidence copies stretch it with PBKDF2.
 * The audit chain's key comes from a second, separate digest of the passphrase, so that knowing the database
 * password alone does not let anyone re-key a rewritten chain.
 */
final class WorkspaceKey {
    private static final int AUDIT_ITERATIONS = 120_000;
    private final char[] digest;
    private final char[] auditSeed;

    WorkspaceKey(char[] passphrase) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] raw = Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
        try {
            digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)).toCharArray();
            MessageDigest audit = MessageDigest.getInstance("SHA-256");
            audit.update("telisik audit chain\n".getBytes(StandardCharsets.US_ASCII));
            auditSeed = HexFormat.of().formatHex(audit.digest(raw)).toCharArray();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        } finally {
            Arrays.fill(raw, (byte) 0);
            Arrays.fill(bytes.array(), (byte) 0);
        }
    }

    /** The JDBC password: "file-password user-password". */
    String jdbcPassword() {
        return new String(digest) + " " + new String(digest);
    }

    /** The HMAC key of the audit chain: PBKDF2 of the passphrase's audit digest with the workspace's salt. */
    byte[] auditKey(byte[] salt) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(auditSeed, salt, AUDIT_ITERATIONS, 256)).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks PBKDF2WithHmacSHA256", e);
        }
    }

    /** The cipher of files kept outside the database (evidence copies). */
    EvidenceCipher evidenceCipher() {
        return new EvidenceCipher(digest);
    }
}
