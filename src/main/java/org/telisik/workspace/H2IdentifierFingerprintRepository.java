package org.telisik.workspace;

import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.telisik.core.authenticity.FingerprintSet;
import org.telisik.core.authenticity.IdentifierType;
import org.telisik.core.authenticity.Overlap;

/** Identifier fingerprints in the {@code identifier_fingerprint} and {@code identifier_sampling} tables. */
final class H2IdentifierFingerprintRepository implements IdentifierFingerprintRepository {
    private final Database database;
    private final WorkspaceSecret secret;
    private final FingerprintOverlaps overlaps;

    H2IdentifierFingerprintRepository(Database database) {
        this.database = database;
        this.secret = new WorkspaceSecret(database);
        this.overlaps = new FingerprintOverlaps(database);
    }

    @Override
    public byte[] key() {
        return secret.get();
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
        Set<ByteBuffer> stored = stored(c, caseId, set.type());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO identifier_fingerprint (case_id, id_type, fingerprint,"
                + " prefix) VALUES (?, ?, ?, ?)")) {
            int batch = 0;
            for (byte[] fp : set.fingerprints()) {
                if (!stored.add(ByteBuffer.wrap(fp))) {
                    continue;
                }
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

    /** What the case holds already: plain inserts of the rest are far faster than a MERGE per row in H2. */
    private static Set<ByteBuffer> stored(Connection c, String caseId, IdentifierType type) throws SQLException {
        Set<ByteBuffer> stored = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT fingerprint FROM identifier_fingerprint"
                + " WHERE case_id = ? AND id_type = ?")) {
            ps.setString(1, caseId);
            ps.setString(2, type.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.add(ByteBuffer.wrap(rs.getBytes(1)));
                }
            }
        }
        return stored;
    }

    @Override
    public List<Overlap> overlapWithEarlierCases(String caseId) {
        return overlaps.overlapWithEarlierCases(caseId);
    }

    @Override
    public boolean hasEarlierCases(String caseId) {
        return overlaps.hasEarlierCases(caseId);
    }
}
