package org.telisik.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.telisik.core.authenticity.IdentifierType;
import org.telisik.core.authenticity.Overlap;

/** The queries comparing a case's stored fingerprints with those of the cases created before it. */
final class FingerprintOverlaps {
    private static final String EARLIER = "(SELECT created_at FROM case_file WHERE id = ?)";
    private static final String SHARED = "FROM identifier_fingerprint n JOIN identifier_fingerprint e"
            + " ON e.id_type = n.id_type AND e.fingerprint = n.fingerprint JOIN case_file c ON c.id = e.case_id"
            + " WHERE n.case_id = ? AND n.id_type = ? AND n.prefix < ? AND c.created_at < " + EARLIER;
    private final Database database;

    FingerprintOverlaps(Database database) {
        this.database = database;
    }

    List<Overlap> overlapWithEarlierCases(String caseId) {
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

    boolean hasEarlierCases(String caseId) {
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
