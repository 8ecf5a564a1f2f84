package org.telisik.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The audit log in the {@code audit_log} table. Repositories append inside their own transaction (so an action
 * and its record commit together); writes are serialised by {@link Database#transaction}, so sequence numbers
 * and previous hashes never race.
 */
final class AuditTrail implements AuditLog {
    private static final String COLUMNS = "SELECT seq, logged_at, analyst, action, case_id, detail, prev_hash, entry_hash"
            + " FROM audit_log ";
    /** The key of the head entry in {@link Database#facts}. */
    private static final String HEAD = "audit head";

    private final Database database;
    private final String analyst;
    private final AuditSeal seal;

    AuditTrail(Database database, String analyst, AuditSeal seal) {
        this.database = database;
        this.analyst = analyst;
        this.seal = seal;
    }

    /** How this workspace's entries are hashed (keyed for an encrypted one). */
    AuditSeal seal() {
        return seal;
    }

    String analyst() {
        return analyst;
    }

    @Override
    public AuditEntry append(String action, String caseId, Map<String, Object> details) {
        return database.transaction("record " + action, c -> append(c, action, caseId, details));
    }

    /** Appends on a connection whose transaction the caller owns. */
    AuditEntry append(Connection c, String action, String caseId, Map<String, Object> details) throws SQLException {
        // the head this transaction appended last, if any: every entry is inserted here, so it is still the head
        Map<String, Object> known = database.facts(c);
        Optional<AuditEntry> last = known.containsKey(HEAD) ? Optional.of((AuditEntry) known.get(HEAD)) : last(c);
        long seq = last.map(e -> e.seq() + 1).orElse(1L);
        String prev = last.map(AuditEntry::hash).orElse(AuditEntry.GENESIS);
        Instant at = SqlValues.now();
        String detail = JsonText.write(new TreeMap<>(details));
        AuditEntry entry = new AuditEntry(seq, at, analyst, action, caseId, detail, prev,
                seal.hash(seq, at, analyst, action, caseId, detail, prev));
        try (KeptStatement kept = database.statement(c, "INSERT INTO audit_log (seq, logged_at, analyst, action,"
                + " case_id, detail, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            PreparedStatement ps = kept.get();
            ps.setLong(1, entry.seq());
            SqlValues.setInstant(ps, 2, entry.at());
            ps.setString(3, entry.analyst());
            ps.setString(4, entry.action());
            ps.setString(5, entry.caseId());
            ps.setString(6, entry.detail());
            ps.setString(7, entry.prevHash());
            ps.setString(8, entry.hash());
            ps.executeUpdate();
        }
        known.put(HEAD, entry);
        return entry;
    }

    @Override
    public List<AuditEntry> entries() {
        return database.read("read the audit log", c -> query(c, COLUMNS + "ORDER BY seq", null));
    }

    @Override
    public List<AuditEntry> entries(String caseId) {
        return database.read("read the audit log", c -> query(c, COLUMNS + "WHERE case_id = ? ORDER BY seq", caseId));
    }

    @Override
    public Optional<AuditEntry> head() {
        return database.read("read the audit log", AuditTrail::last);
    }

    static Optional<AuditEntry> last(Connection c) throws SQLException {
        return query(c, COLUMNS + "ORDER BY seq DESC FETCH FIRST 1 ROW ONLY", null).stream().findFirst();
    }

    private static List<AuditEntry> query(Connection c, String sql, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (caseId != null) {
                ps.setString(1, caseId);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<AuditEntry> entries = new ArrayList<>();
                while (rs.next()) {
                    entries.add(new AuditEntry(rs.getLong("seq"), SqlValues.instant(rs, "logged_at"), rs.getString("analyst"),
                            rs.getString("action"), rs.getString("case_id"), rs.getString("detail"),
                            rs.getString("prev_hash"), rs.getString("entry_hash")));
                }
                return entries;
            }
        }
    }
}
