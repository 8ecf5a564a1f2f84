package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationTest {
    @TempDir
    Path tmp;

    @Test
    void theKnownVersionsAreThoseOfTheScripts() throws Exception {
        assertThat(SchemaMigration.VERSIONS).isEqualTo(scriptVersions());
        assertThat(KnownScripts.NAMES).containsExactlyInAnyOrderElementsOf(scriptNames());
    }

    @Test
    void aNewWorkspaceGetsEveryKnownScriptFromFlyway() {
        Path dir = tmp.resolve("ws");
        H2Workspace.open(dir, WorkspaceOptions.defaults()).close();
        try (Database db = openRaw(dir)) {
            List<String> applied = db.read("read the history", c -> {
                List<String> scripts = new ArrayList<>();
                try (var s = c.createStatement(); var rs = s.executeQuery("SELECT \"script\", \"checksum\", \"success\""
                        + " FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
                    while (rs.next()) {
                        assertThat(rs.getBoolean(3)).isTrue();
                        assertThat(rs.getObject(2)).as("checksummed as a found script is").isNotNull();
                        scripts.add(rs.getString(1));
                    }
                }
                return scripts;
            });
            assertThat(applied).containsExactlyElementsOf(KnownScripts.NAMES);
        }
    }

    @Test
    void aMigratedWorkspaceIsUpToDateAndReopensWithoutFlyway() {
        Path dir = tmp.resolve("ws");
        try (Workspace ws = H2Workspace.open(dir, WorkspaceOptions.defaults())) {
            assertThat(ws.cases().list()).isEmpty();
        }
        try (Database db = openRaw(dir)) {
            assertThat(SchemaMigration.upToDate(db)).isTrue();
        }
    }

    @Test
    void aFailedOrUnknownVersionLeavesTheDecisionToFlyway() throws Exception {
        Path dir = tmp.resolve("ws");
        H2Workspace.open(dir, WorkspaceOptions.defaults()).close();
        RawDatabase.execute(dir, "INSERT INTO \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\","
                + " \"type\", \"script\", \"checksum\", \"installed_by\", \"execution_time\", \"success\")"
                + " VALUES (99, '99', 'from a newer telisik', 'SQL', 'V99__newer.sql', 1, 'telisik', 1, TRUE)");
        try (Database db = openRaw(dir)) {
            assertThat(SchemaMigration.upToDate(db)).isFalse();
        }
        assertThatThrownBy(() -> H2Workspace.open(dir, WorkspaceOptions.defaults()))
                .isInstanceOf(WorkspaceException.class).hasMessageContaining("newer Telisik");
    }

    @Test
    void aNewDatabaseIsNotUpToDate() {
        try (Database db = openRaw(tmp.resolve("empty"))) {
            assertThat(SchemaMigration.upToDate(db)).isFalse();
        }
    }

    private static Database openRaw(Path dir) {
        String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("telisik");
        return new Database(org.h2.jdbcx.JdbcConnectionPool.create(url, "telisik", ""), dir.toString());
    }

    private Set<String> scriptVersions() throws URISyntaxException, java.io.IOException {
        return scriptNames().stream().map(name -> name.substring(1, name.indexOf("__"))).collect(Collectors.toSet());
    }

    private List<String> scriptNames() throws URISyntaxException, java.io.IOException {
        Path scripts = Path.of(getClass().getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(scripts)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }
}
