package org.telisik.workspace;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.telisik.core.authenticity.IdentifierFingerprinter;

/**
 * The workspace's secret HMAC key for identifier fingerprints: random on first use, then read back from the
 * {@code workspace_secret} table. It never leaves the workspace, so fingerprints cannot be compared across
 * workspaces nor reversed by hashing every possible NIK.
 */
final class WorkspaceSecret {
    private static final String KEY_NAME = "identifier-hmac";
    private final Database database;
    private byte[] key;

    WorkspaceSecret(Database database) {
        this.database = database;
    }

    synchronized byte[] get() {
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
}
