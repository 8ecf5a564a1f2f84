package org.telisik.workspace;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.telisik.core.authenticity.FingerprintSet;
import org.telisik.core.authenticity.IdentifierFingerprinter;
import org.telisik.core.authenticity.IdentifierType;
import org.telisik.core.authenticity.Overlap;

/** Identifier fingerprints in the {@code identifier_fingerprint} and {@code identifier_sampling} tables. */
final class H2IdentifierFingerprintRepository implements IdentifierFingerprintRepository {
    private static final String KEY_NAME = "identifier-hmac";
    private static final String EARLIER = "(SELECT created_at FROM case_file WHERE id = ?)";
    private static final String SHARED = "FROM identifier_fingerprint n JOIN identifier_fingerprint e"
            + " ON e.id_type = n.id_type AND e.fingerprint = n.fingerprint JOIN case_file c ON c.id = e.case_id"
            + " WHERE n.case_id = ? AND n.id_type = ? AND n.prefix < ? AND c.created_at < " + EARLIER;
    private final Database database;
    private byte[] key;

    H2IdentifierFingerprintRepository(Database database) {
        this.database = database;
    }

    @Override
    public synchronized byte[] key() {
        if (key == null) {
            key = database.transaction("read the fingerprint key", this::readOrCreateKey);
        }
        return key.clone();
    }

    private byte[] readOrCreateKey(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT secret_value FROM workspace_secret WHERE name = ?")) {
            ps.setString(1, KEY_NAME);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return rs.getBytes(1);
                }
            }
        }
        byte[] fresh = new byte[IdentifierFingerprinter.KEY_BYTES];
        new SecureRandom().nextBytes(fresh);
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO workspace_secret (name, secret_value) VALUES (?, ?)")) {
            ps.setString(1, KEY_NAME);
            ps.setBytes(2, fresh);
            ps.executeUpdate();
        }
        return fresh;
    }

    @Override
    public void add(String caseId, Collection<FingerprintSet> sets) {
        database.transaction("store identifier fingerprints of case " + caseId, c -> {
            for (FingerprintSet set : sets) {
                insert(c, caseId, set);
            }
            return null;
        });
    }

    private static void insert(Connection c, String caseId, FingerprintSet set) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO identifier_fingerprint (case_id, id_type, fingerprint,"
                + " prefix) KEY (case_id, id_type, fingerprint) VALUES (?, ?, ?, ?)")) {
            int batch = 0;
            for (byte[] fp : set.fingerprints()) {
                ps.setString(1, caseId);
                ps.setString(2, set.type().id());
                ps.setBytes(3, fp);
                ps.setLong(4, FingerprintSet.prefix(fp));
                ps.addBatch();
                if (++batch % 10_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO identifier_sampling (case_id, id_type, sample_level)"
                + " KEY (case_id, id_type) VALUES (?, ?, GREATEST(?, COALESCE((SELECT sample_level FROM identifier_sampling"
                + " WHERE case_id = ? AND id_type = ?), 0)))")) {
            ps.setString(1, caseId);
            ps.setString(2, set.type().id());
            ps.setInt(3, set.level());
            ps.setString(4, caseId);
            ps.setString(5, set.type().id());
            ps.executeUpdate();
        }
    }

    @Override
    public List<Overlap> overlapWithEarlierCases(String caseId) {
        return database.read("compare case " + caseId + " with earlier cases", c -> {
            List<Overlap> all = new ArrayList<>();
            for (IdentifierType type : IdentifierType.values()) {
                long below = 1L << (32 - level(c, caseId, type));
                long identifiers = count(c, "SELECT COUNT(*) FROM identifier_fingerprint WHERE case_id = ? AND id_type = ?"
                        + " AND prefix < ?", caseId, type, below, false);
                if (identifiers > 0) {
                    long seen = count(c, "SELECT COUNT(DISTINCT n.fingerprint) " + SHARED, caseId, type, below, true);
                    all.add(new Overlap(type, identifiers, seen, byCase(c, caseId, type, below)));
                }
            }
            return all;
        });
    }

    /** The coarser of this case's sampling level and that of any earlier case, for one type. */
    private static int level(Connection c, String caseId, IdentifierType type) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COALESCE(MAX(s.sample_level), 0) FROM identifier_sampling s"
                + " JOIN case_file c ON c.id = s.case_id WHERE s.id_type = ? AND (s.case_id = ? OR c.created_at < " + EARLIER + ")")) {
            ps.setString(1, type.id());
            ps.setString(2, caseId);
            ps.setString(3, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static long count(Connection c, String sql, String caseId, IdentifierType type, long below, boolean earlier)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, caseId, type, below, earlier);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static List<Overlap.CaseOverlap> byCase(Connection c, String caseId, IdentifierType type, long below)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.name, COUNT(*) AS shared " + SHARED
                + " GROUP BY c.id, c.name ORDER BY shared DESC, c.name")) {
            bind(ps, caseId, type, below, true);
            List<Overlap.CaseOverlap> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Overlap.CaseOverlap(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
            return out;
        }
    }

    private static void bind(PreparedStatement ps, String caseId, IdentifierType type, long below, boolean earlier)
            throws SQLException {
        ps.setString(1, caseId);
        ps.setString(2, type.id());
        ps.setLong(3, below);
        if (earlier) {
            ps.setString(4, caseId);
        }
    }

    @Override
    public boolean hasEarlierCases(String caseId) {
        return database.read("look for cases before " + caseId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM case_file WHERE created_at < " + EARLIER)) {
                ps.setString(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1) > 0;
                }
            }
        });
    }
}
