package org.telisik.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.CipherInputStream;
import javax.crypto.CipherOutputStream;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts evidence copies of an encrypted workspace: AES-256 in CTR mode (streams of any size, no padding)
 * with a key stretched by PBKDF2 from the workspace secret and a random salt per file. Integrity needs no MAC
 * here: a copy is named by the SHA-256 of its plaintext, which verify recomputes.
 * File layout: magic, 16-byte salt, 16-byte IV, ciphertext.
 */
final class EvidenceCipher {
    private static final byte[] MAGIC = "TELISIK-ENC1".getBytes(StandardCharsets.US_ASCII);
    private static final int ITERATIONS = 120_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final char[] secret;

    EvidenceCipher(char[] secret) {
        this.secret = secret.clone();
    }

    OutputStream encrypt(OutputStream raw) throws IOException {
        byte[] salt = random();
        byte[] iv = random();
        raw.write(MAGIC);
        raw.write(salt);
        raw.write(iv);
        return new CipherOutputStream(raw, cipher(Cipher.ENCRYPT_MODE, salt, iv));
    }

    InputStream decrypt(InputStream raw) throws IOException {
        if (!Arrays.equals(raw.readNBytes(MAGIC.length), MAGIC)) {
            throw new IOException("not an encrypted Telisik evidence copy");
        }
        byte[] salt = raw.readNBytes(16);
        byte[] iv = raw.readNBytes(16);
        return new CipherInputStream(raw, cipher(Cipher.DECRYPT_MODE, salt, iv));
    }

    private Cipher cipher(int mode, byte[] salt, byte[] iv) throws IOException {
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(secret, salt, ITERATIONS, 256)).getEncoded();
            Cipher cipher = Cipher.getInstance("AES/CTR/NoPadding");
            cipher.init(mode, new SecretKeySpec(key, "AES"), new IvParameterSpec(iv));
            Arrays.fill(key, (byte) 0);
            return cipher;
        } catch (GeneralSecurityException e) {
            throw new IOException("the JDK cannot run AES-256/CTR with PBKDF2: " + e.getMessage(), e);
        }
    }

    private static byte[] random() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }
}
