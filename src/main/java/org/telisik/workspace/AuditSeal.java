package org.telisik.workspace;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * How audit entries are hashed. A plain workspace: SHA-256 of the entry, which anyone can recompute, so the chain
 * shows edits only against an anchor kept elsewhere. An encrypted workspace: HMAC-SHA-256 with a key derived from
 * the passphrase and a salt stored in the workspace (entries written before keying began stay SHA-256), so a
 * rewritten chain that verifies needs the passphrase, not only write access to the rows.
 */
final class AuditSeal {
    static final AuditSeal PLAIN = new AuditSeal(null, Long.MAX_VALUE);

    private final byte[] key;
    private final long keyedFrom;

    private AuditSeal(byte[] key, long keyedFrom) {
        this.key = key;
        this.keyedFrom = keyedFrom;
    }

    /**
     * The seal of an open workspace: plain without a key; with one, the keyed seal whose salt and first keyed
     * entry are read from {@link CustodyFacts}, recorded first when missing (a new or a just upgraded workspace).
     */
    static AuditSeal of(Database database, WorkspaceKey key) {
        if (key == null) {
            return PLAIN;
        }
        return database.transaction("set up the keyed audit chain", c -> {
            Map<String, String> facts = CustodyFacts.read(c);
            if (!facts.containsKey(CustodyFacts.AUDIT_KEY_SALT)) {
                byte[] salt = new byte[16];
                new SecureRandom().nextBytes(salt);
                long next = AuditTrail.last(c).map(e -> e.seq() + 1).orElse(1L);
                CustodyFacts.add(c, CustodyFacts.AUDIT_KEY_SALT, HexFormat.of().formatHex(salt));
                CustodyFacts.add(c, CustodyFacts.AUDIT_KEYED_FROM, Long.toString(next));
                facts = CustodyFacts.read(c);
            }
            return new AuditSeal(key.auditKey(HexFormat.of().parseHex(facts.get(CustodyFacts.AUDIT_KEY_SALT))),
                    Long.parseLong(facts.get(CustodyFacts.AUDIT_KEYED_FROM)));
        });
    }

    /** The first keyed entry, when the chain is keyed at all. */
    Optional<Long> keyedFrom() {
        return key == null ? Optional.empty() : Optional.of(keyedFrom);
    }

    String hash(long seq, Instant at, String analyst, String action, String caseId, String detail, String prevHash) {
        if (key == null || seq < keyedFrom) {
            return AuditEntry.computeHash(seq, at, analyst, action, caseId, detail, prevHash);
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(AuditEntry.canonical(seq, at, analyst, action, caseId, detail,
                    prevHash)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks HMAC-SHA-256", e);
        }
    }

    /** True when the entry's hash is the one its content and this workspace's key give. */
    boolean intact(AuditEntry e) {
        return e.hash().equals(hash(e.seq(), e.at(), e.analyst(), e.action(), e.caseId(), e.detail(), e.prevHash()));
    }
}
