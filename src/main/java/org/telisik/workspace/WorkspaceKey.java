package org.telisik.workspace;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * The keys derived from a workspace passphrase. H2 splits its password at the first space into file and user
 * password, so the passphrase (which may contain spaces) is first turned into a hex digest; H2 then stretches
 * the file password with its own salt before it becomes the AES key; evidence copies stretch it with PBKDF2.
 */
final class WorkspaceKey {
    private final char[] digest;

    WorkspaceKey(char[] passphrase) {
        ByteBuffer bytes = StandardCharsets.UTF_8.encode(CharBuffer.wrap(passphrase));
        byte[] raw = Arrays.copyOfRange(bytes.array(), bytes.position(), bytes.limit());
        try {
            digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw)).toCharArray();
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

    /** The cipher of files kept outside the database (evidence copies). */
    EvidenceCipher evidenceCipher() {
        return new EvidenceCipher(digest);
    }
}
