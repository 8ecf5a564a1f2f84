package org.telisik.workspace;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;

/** Brings a workspace database to the newest schema with the versioned scripts in {@code db/migration}. */
final class SchemaMigration {
    private SchemaMigration() {
    }

    /** @return true when this call migrated a workspace made by schema v1 (whose results need a baseline) */
    static boolean migrate(Path dir, Database database) {
        try {
            MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                    .dataSource(database.dataSource())
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            return "1".equals(result.initialSchemaVersion) && result.migrationsExecuted > 0;
        } catch (FlywayException e) {
            throw new WorkspaceException("Cannot bring the workspace " + dir + " up to date: " + e.getMessage()
                    + "; it may come from a newer Telisik.", e);
        }
    }
}
