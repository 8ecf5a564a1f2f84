package org.telisik.workspace;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a workspace database to the newest schema with the versioned scripts in {@code db/migration}.
 * Scripts V2..V99 belong to the core schema and V100 onwards to feature areas, so a newer core script may
 * arrive after a feature script was applied: out-of-order application is on, and scripts must not depend
 * on each other across those ranges.
 */
final class SchemaMigration {
    private SchemaMigration() {
    }

    /** @return true when this call applied V2 to a workspace that had V1 (whose results need a baseline) */
    static boolean migrate(Path dir, Database database) {
        try {
            MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                    .dataSource(database.dataSource())
                    .locations("classpath:db/migration")
                    .outOfOrder(true)
                    .load()
                    .migrate();
            boolean hadV1 = result.initialSchemaVersion != null;
            return hadV1 && result.migrations.stream().anyMatch(m -> "2".equals(m.version));
        } catch (FlywayException e) {
            throw new WorkspaceException("Cannot bring the workspace " + dir + " up to date: " + e.getMessage()
                    + "; it may come from a newer Telisik.", e);
        }
    }
}
