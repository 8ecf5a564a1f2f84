package org.telisik.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** Plays the tamperer: plain SQL on a closed workspace's database file, behind Telisik's back. */
final class RawDatabase {
    private RawDatabase() {
    }

    static void execute(Path workspaceFolder, String... statements) throws SQLException {
        String url = "jdbc:h2:file:" + workspaceFolder.toAbsolutePath().resolve("telisik");
        try (Connection c = DriverManager.getConnection(url, "telisik", ""); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }
}
