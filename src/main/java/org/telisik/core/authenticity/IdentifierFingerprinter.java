package org.telisik.core.authenticity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Keyed hashes (HMAC-SHA-256) of normalised identifiers. The key is the workspace's own secret, so the stored
 * hashes cannot be reversed by hashing every possible NIK (a plain hash of a 16-digit number with a known
 * structure could be), and hashes from two workspaces cannot be compared. Raw values are never kept.
 */
public final class IdentifierFingerprinter {
    public static final int KEY_BYTES = 32;
    private final Mac mac;

    public IdentifierFingerprinter(byte[] key) {
        if (key.length < KEY_BYTES) {
            throw new IllegalArgumentException("the fingerprint key must have at least " + KEY_BYTES + " bytes");
        }
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is missing from this Java runtime", e);
        }
    }

    /** @return 32 bytes, or null when the value is not an identifier of this type */
    public byte[] fingerprint(IdentifierType type, String value) {
        String normal = type.normalise(value);
        if (normal == null) {
            return null;
        }
        mac.update(type.id().getBytes(StandardCharsets.US_ASCII));
        mac.update((byte) ':');
        return mac.doFinal(normal.getBytes(StandardCharsets.UTF_8));
    }

    /** For tests and comparisons: constant-time equality of two fingerprints. */
    public static boolean same(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
