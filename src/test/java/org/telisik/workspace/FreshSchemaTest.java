package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workspace whose schema {@link FreshSchema} built without Flyway is the one Flyway builds (every table, column,
 * constraint name, index and sequence, and the history row for row but its times), and a later Telisik's Flyway
 * takes it as its own: it validates the recorded scripts and applies only a new one.
 */
class FreshSchemaTest {
    @TempDir
    Path tmp;

    private static String url(Path dir) {
        return "jdbc:h2:file:" + dir.toAbsolutePath().resolve("telisik");
    }

    private static void byFlyway(Path dir, Path scripts) {
        Flyway.configure().dataSource(url(dir), "telisik", "").locations("filesystem:" + scripts).outOfOrder(true)
                .load().migrate();
    }

    private static void fresh(Path dir) throws Exception {
        try (Connection c = DriverManager.getConnection(url(dir), "telisik", "")) {
            assertThat(FreshSchema.isEmpty(c)).isTrue();
            FreshSchema.create(c);
            assertThat(FreshSchema.isEmpty(c)).isFalse();
        }
    }

    private Path knownScripts(String name, String... more) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve(name));
        for (String script : KnownScripts.NAMES) {
            try (InputStream in = getClass().getResourceAsStream("/" + KnownScripts.FOLDER + "/" + script)) {
                Files.copy(in, dir.resolve(script));
            }
        }
        for (int i = 0; i < more.length; i += 2) {
            Files.writeString(dir.resolve(more[i]), more[i + 1]);
        }
        return dir;
    }

    /** Rows of a query, each as "a|b|c". */
    private static List<String> rows(Path dir, String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url(dir), "telisik", ""); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    /** The database's schema as H2 scripts it, but the user's password salt and hash (random per database). */
    private static List<String> schema(Path dir) throws Exception {
        return rows(dir, "SCRIPT NODATA").stream().filter(line -> !line.startsWith("CREATE USER ")).toList();
    }

    private static final String HISTORY = "SELECT \"installed_rank\", \"version\", \"description\", \"type\", \"script\","
            + " \"checksum\", \"installed_by\", \"success\" FROM \"flyway_schema_history\" ORDER BY 1";

    @Test
    void theSchemaAndHistoryAreThoseFlywayMakes() throws Exception {
        Path flyway = tmp.resolve("flyway");
        Path mine = tmp.resolve("fresh");
        byFlyway(flyway, knownScripts("scripts"));
        fresh(mine);

        assertThat(schema(mine)).isEqualTo(schema(flyway)).hasSizeGreaterThan(40);
        List<String> history = rows(mine, HISTORY);
        assertThat(history).isEqualTo(rows(flyway, HISTORY)).hasSize(KnownScripts.NAMES.size() + 1);
        assertThat(history.get(1)).isEqualTo("1|1|cases evidence profiles|SQL|V1__cases_evidence_profiles.sql|"
                + rows(flyway, "SELECT \"checksum\" FROM \"flyway_schema_history\" WHERE \"version\" = '1'").get(0) + "TELISIK|TRUE|");
    }

    @Test
    void aLaterFlywayMigrationAppliesOnlyItsNewScriptToAFreshWorkspace() throws Exception {
        Path mine = tmp.resolve("fresh");
        fresh(mine);
        RawDatabase.execute(mine, "INSERT INTO case_file (id, name, created_at) VALUES ('c1', 'Kasus Bocoran RSUD',"
                + " TIMESTAMP WITH TIME ZONE '2026-11-02 10:00:00+07')");
        Path later = knownScripts("later", "V6__case_priority.sql",
                "-- a later Telisik's script\nALTER TABLE case_file ADD COLUMN priority INT DEFAULT 3 NOT NULL;\n");

        MigrateResult result = Flyway.configure().dataSource(url(mine), "telisik", "").locations("filesystem:" + later)
                .outOfOrder(true).load().migrate(); // validates the recorded checksums first

        assertThat(result.migrations).extracting(m -> m.version).containsExactly("6");
        assertThat(rows(mine, "SELECT id, priority FROM case_file")).containsExactly("c1|3|");
        assertThat(Flyway.configure().dataSource(url(mine), "telisik", "").locations("filesystem:" + later).load()
                .validateWithResult().validationSuccessful).isTrue();
    }

    @Test
    void workspacesOfTheOldAndTheNewBuildOpenAlikeAndUpToDate() throws Exception {
        Path old = tmp.resolve("old");
        byFlyway(old, knownScripts("scripts"));
        Path made = tmp.resolve("new");
        H2Workspace.open(made).close();
        for (Path dir : List.of(old, made)) {
            try (H2Workspace ws = H2Workspace.open(dir)) {
                assertThat(SchemaMigration.upToDate(ws.database())).isTrue();
                assertThat(ws.cases().list()).isEmpty();
            }
        }
        assertThat(rows(made, HISTORY)).isEqualTo(rows(old, HISTORY));
    }

    @Test
    void scriptsSplitAtSemicolonsOutsideQuotesAndComments() {
        String script = "-- a comment; not a statement\nCREATE TABLE t (a VARCHAR DEFAULT 'x;y', \"b;\" INT);\n"
                + "/* block; comment */ INSERT INTO t (a) VALUES ('it''s -- here');\n\n-- trailing note;\n";
        assertThat(SqlScript.statements(script)).containsExactly(
                "CREATE TABLE t (a VARCHAR DEFAULT 'x;y', \"b;\" INT)", "INSERT INTO t (a) VALUES ('it''s -- here')");
    }

    @Test
    void descriptionsAndChecksumsAreFlywaysForAnyScript() throws Exception {
        assertThat(FreshSchema.description("V100__identifier_fingerprints.sql")).isEqualTo("identifier fingerprints");
        // the same lines with other line breaks and a BOM have Flyway's same checksum
        assertThat(FreshSchema.checksum("\uFEFFSELECT 1;\r\nSELECT 2;\r\n")).isEqualTo(FreshSchema.checksum("SELECT 1;\nSELECT 2;"));
    }
}
