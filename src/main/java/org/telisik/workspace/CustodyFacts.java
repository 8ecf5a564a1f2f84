package org.telisik.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The {@code custody_fact} table: named facts about the workspace's custody that verify relies on. */
final class CustodyFacts {
    /** Set once the audit head file was first written: from then on a missing file is a deletion. */
    static final String HEAD_FILE_KEPT = "audit-head-file-kept";
    /** Hex salt of the passphrase-derived key of an encrypted workspace's audit chain. */
    static final String AUDIT_KEY_SALT = "audit-key-salt";
    /** The first audit entry (sequence number) whose hash is keyed; entries before were written unkeyed. */
    static final String AUDIT_KEYED_FROM = "audit-keyed-from";

    private CustodyFacts() {
    }

    static Map<String, String> read(Connection c) throws SQLException {
        Map<String, String> facts = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT name, fact_value FROM custody_fact");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                facts.put(rs.getString(1), rs.getString(2));
            }
        }
        return facts;
    }

    /** Records a fact on a connection whose transaction the caller owns; an existing fact is never changed. */
    static void add(Connection c, String name, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO custody_fact (name, fact_value) SELECT ?, ?"
                + " WHERE NOT EXISTS (SELECT 1 FROM custody_fact WHERE name = ?)")) {
            ps.setString(1, name);
            ps.setString(2, value);
            ps.setString(3, name);
            ps.executeUpdate();
        }
    }
}
