package org.telisik.core.authenticity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Keyed hashes (HMAC-SHA-256, RFC 2104) of normalised identifiers. The key is the workspace's own secret, so
 * the stored hashes cannot be reversed by hashing every possible NIK (a plain hash of a 16-digit number with a
 * known structure could be), and hashes from two workspaces cannot be compared. Raw values are never kept.
 *
 * <p>Every identifier of a dump is fingerprinted, so the HMAC is computed here from SHA-256 states that have
 * already absorbed the padded key's inner and outer blocks: two compressions per short identifier instead of
 * the four of {@code javax.crypto.Mac}, which starts each message from the key again. The result is the same
 * HMAC (a test compares them).
 */
public final class IdentifierFingerprinter {
    public static final int KEY_BYTES = 32;
    private static final int BLOCK = 64;
    private final MessageDigest inner;
    private final MessageDigest outer;
    /** "type:" in ASCII, by type ordinal. */
    private final byte[][] prefixes;

    public IdentifierFingerprinter(byte[] key) {
        if (key.length < KEY_BYTES) {
            throw new IllegalArgumentException("the fingerprint key must have at least " + KEY_BYTES + " bytes");
        }
        try {
            byte[] k = key.length > BLOCK ? MessageDigest.getInstance("SHA-256").digest(key) : key;
            inner = padded(k, (byte) 0x36);
            outer = padded(k, (byte) 0x5c);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
        IdentifierType[] types = IdentifierType.values();
        prefixes = new byte[types.length][];
        for (IdentifierType t : types) {
            prefixes[t.ordinal()] = (t.id() + ":").getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** A SHA-256 state that has absorbed the key, zero-padded to a block, with every byte xor-ed with pad. */
    private static MessageDigest padded(byte[] key, byte pad) throws NoSuchAlgorithmException {
        byte[] block = new byte[BLOCK];
        for (int i = 0; i < BLOCK; i++) {
            block[i] = (byte) ((i < key.length ? key[i] : 0) ^ pad);
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update(block);
        return sha;
    }

    /** @return 32 bytes, or null when the value is not an identifier of this type */
    public byte[] fingerprint(IdentifierType type, String value) {
        String normal = type.normalise(value);
        if (normal == null) {
            return null;
        }
        MessageDigest in = copy(inner);
        in.update(prefixes[type.ordinal()]);
        byte[] innerHash = in.digest(normal.getBytes(StandardCharsets.UTF_8));
        return copy(outer).digest(innerHash);
    }

    private static MessageDigest copy(MessageDigest state) {
        try {
            return (MessageDigest) state.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException("this Java runtime's SHA-256 cannot be copied", e);
        }
    }

    /** For tests and comparisons: constant-time equality of two fingerprints. */
    public static boolean same(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
