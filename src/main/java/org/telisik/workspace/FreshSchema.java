package org.telisik.workspace;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.zip.CRC32;

/**
 * Gives a new, empty database the newest schema without loading Flyway: each known script in version order,
 * statement by statement, and Flyway's history table made and filled row for row as Flyway 13 makes it on H2
 * (same table, index, ranks, descriptions, checksums, user), so that a later Telisik's Flyway takes these scripts
 * as its own and applies only what is new ({@code FreshSchemaTest} compares both ways of making a workspace and
 * migrates one made here). Loading Flyway and letting it plan took about half a CPU-second and 400 classes of
 * every new workspace's start; an existing workspace is still migrated by Flyway ({@link SchemaMigration}).
 */
final class FreshSchema {
    static final String HISTORY = "\"PUBLIC\".\"flyway_schema_history\"";
    /** Flyway's own statements for the history table on H2 (its {@code H2Database.getRawCreateScript}). */
    private static final String CREATE_HISTORY = "CREATE TABLE IF NOT EXISTS " + HISTORY + " (\n"
            + "    \"installed_rank\" INT NOT NULL,\n    \"version\" VARCHAR(50),\n"
            + "    \"description\" VARCHAR(200) NOT NULL,\n    \"type\" VARCHAR(20) NOT NULL,\n"
            + "    \"script\" VARCHAR(1000) NOT NULL,\n    \"checksum\" INT,\n"
            + "    \"installed_by\" VARCHAR(100) NOT NULL,\n"
            + "    \"installed_on\" TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,\n"
            + "    \"execution_time\" INT NOT NULL,\n    \"success\" BOOLEAN NOT NULL,\n"
            + "    CONSTRAINT \"flyway_schema_history_pk\" PRIMARY KEY (\"installed_rank\")\n"
            + ") AS SELECT -1, NULL, '<< Flyway Schema History table created >>', 'TABLE', '', NULL, ?, CURRENT_TIMESTAMP, 0, TRUE";
    private static final String INDEX_HISTORY = "CREATE INDEX \"PUBLIC\".\"flyway_schema_history_s_idx\" ON " + HISTORY
            + " (\"success\")";
    private static final String RECORD = "INSERT INTO " + HISTORY + " (\"installed_rank\", \"version\", \"description\","
            + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
            + " VALUES (?, ?, ?, 'SQL', ?, ?, ?, ?, TRUE)";

    private FreshSchema() {
    }

    /** True when the database holds no table at all: a new one, which {@link #create} may build. */
    static boolean isEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC'")) {
            return rs.next() && rs.getLong(1) == 0;
        }
    }

    /** Builds the newest schema in the empty database of {@code c} (auto-commit on, as Flyway runs H2's DDL). */
    static void create(Connection c) throws SQLException, IOException {
        String user = currentUser(c);
        try (PreparedStatement ps = c.prepareStatement(CREATE_HISTORY)) {
            ps.setString(1, user);
            ps.execute();
        }
        try (Statement s = c.createStatement()) {
            s.execute(INDEX_HISTORY);
        }
        List<String> scripts = KnownScripts.NAMES.stream()
                .sorted(Comparator.comparingInt(n -> Integer.parseInt(KnownScripts.version(n)))).toList();
        int statements = 0;
        int rank = 0;
        for (String script : scripts) {
            String text = read(script);
            long start = System.nanoTime();
            try (Statement s = c.createStatement()) {
                for (String sql : SqlScript.statements(text)) {
                    s.execute(sql);
                    // the step names of Flyway's path, so that the crash tests pause at the same points of both
                    WorkspaceSetup.steps.accept("flyway: statement " + ++statements + " (" + script + ")");
                }
            }
            int millis = (int) ((System.nanoTime() - start) / 1_000_000);
            try (PreparedStatement ps = c.prepareStatement(RECORD)) {
                ps.setInt(1, ++rank);
                ps.setString(2, KnownScripts.version(script));
                ps.setString(3, description(script));
                ps.setString(4, script);
                ps.setInt(5, checksum(text));
                ps.setString(6, user);
                ps.setInt(7, millis);
                ps.executeUpdate();
            }
            WorkspaceSetup.steps.accept("flyway: applied " + script);
        }
    }

    /** Flyway's description of a script: the words of its name after the version ("cases evidence profiles"). */
    static String description(String script) {
        return script.substring(script.indexOf("__") + 2, script.lastIndexOf('.')).replace('_', ' ');
    }

    /** Flyway's checksum of a script: CRC-32 over the UTF-8 bytes of each line without its line break or BOM. */
    static int checksum(String text) throws IOException {
        CRC32 crc = new CRC32();
        try (BufferedReader lines = new BufferedReader(new StringReader(text))) {
            String line = lines.readLine();
            if (line != null && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            for (; line != null; line = lines.readLine()) {
                crc.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return (int) crc.getValue();
    }

    private static String read(String script) throws IOException {
        try (InputStream in = FreshSchema.class.getClassLoader().getResourceAsStream(KnownScripts.FOLDER + "/" + script)) {
            if (in == null) {
                throw new IOException(script + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String currentUser(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT USER()")) {
            rs.next();
            return rs.getString(1);
        }
    }
}
