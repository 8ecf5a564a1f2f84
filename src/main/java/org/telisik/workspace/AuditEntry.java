package org.telisik.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;

/**
 * One entry of the audit log.
 *
 * @param seq      1, 2, 3... without gaps
 * @param caseId   the case acted on, null for workspace-wide actions
 * @param detail   JSON object with the facts of the action (paths, hashes, counts); never personal data values
 * @param prevHash {@link #hash} of the entry before, {@link #GENESIS} for the first
 * @param hash     SHA-256 of all the other fields, see {@link #computeHash}
 */
public record AuditEntry(long seq, Instant at, String analyst, String action, String caseId, String detail,
                         String prevHash, String hash) {
    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /**
     * True when {@link #hash} is the SHA-256 of the entry's content, i.e. nobody changed a field after it was
     * written; for the keyed entries of an encrypted workspace only the workspace can tell (verify does).
     */
    public boolean contentIntact() {
        return hash.equals(computeHash(seq, at, analyst, action, caseId, detail, prevHash));
    }

    /**
     * SHA-256 (hex) of the fields, each written as its length, a colon and its characters, so that no two
     * different entries can produce the same text. Entries of an encrypted workspace are keyed instead (see
     * {@link AuditSeal}).
     */
    public static String computeHash(long seq, Instant at, String analyst, String action, String caseId, String detail,
                                     String prevHash) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(seq, at, analyst, action, caseId, detail,
                    prevHash));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    /** The fields as the one text that is hashed: each as its length, a colon, its characters and a semicolon. */
    static byte[] canonical(long seq, Instant at, String analyst, String action, String caseId, String detail,
                            String prevHash) {
        StringBuilder text = new StringBuilder();
        for (String field : new String[] {Long.toString(seq), at.toString(), analyst, action, caseId == null ? "" : caseId,
                detail, prevHash}) {
            text.append(field.length()).append(':').append(field).append(';');
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
