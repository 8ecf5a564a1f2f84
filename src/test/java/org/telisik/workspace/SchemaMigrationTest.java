package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
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
        Path scripts = Path.of(getClass().getResource("/db/migration").toURI());
        try (Stream<Path> files = Files.list(scripts)) {
            return files.map(p -> p.getFileName().toString())
                    .map(name -> name.substring(1, name.indexOf("__")))
                    .collect(Collectors.toSet());
        }
    }
}
