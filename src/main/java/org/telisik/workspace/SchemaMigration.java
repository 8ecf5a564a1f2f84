package org.telisik.workspace;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.BaseCallback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings a workspace database to the newest schema with the versioned scripts in {@code db/migration}.
 * Scripts V2..V99 belong to the core schema and V100 onwards to feature areas, so a newer core script may
 * arrive after a feature script was applied: out-of-order application is on, and scripts must not depend
 * on each other across those ranges.
 */
final class SchemaMigration {
    /** The versions of the scripts in {@code db/migration}. */
    static final Set<String> VERSIONS = KnownScripts.NAMES.stream().map(KnownScripts::version).collect(Collectors.toSet());

    private SchemaMigration() {
    }

    /** @return true when this call applied V2 to a workspace that had V1 (whose results need a baseline) */
    static boolean migrate(Path dir, Database database) {
        if (upToDate(database)) {
            return false;
        }
        try {
            ClassLoader loader = SchemaMigration.class.getClassLoader();
            MigrateResult result = Flyway.configure(loader)
                    .dataSource(database.dataSource())
                    .locations("classpath:" + KnownScripts.FOLDER)
                    .resourceProvider(new KnownScripts(loader)) // no scan of the jar for scripts or Java migrations
                    .javaMigrationClassProvider(List::of)
                    .outOfOrder(true)
                    .callbacks(new Steps())
                    .load()
                    .migrate();
            boolean hadV1 = result.initialSchemaVersion != null;
            return hadV1 && result.migrations.stream().anyMatch(m -> "2".equals(m.version));
        } catch (FlywayException e) {
            throw new WorkspaceException("Cannot bring the workspace " + dir + " up to date: " + e.getMessage()
                    + "; it may come from a newer Telisik.", e);
        }
    }

    /**
     * True when Flyway's history records every script's version as applied, and no other: then Flyway need not
     * load at all (a third of a second and some 400 classes on every start). Any doubt (no history yet, a
     * failed script, a version this Telisik does not know) leaves the decision to Flyway.
     */
    static boolean upToDate(Database database) {
        try (Connection c = database.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT \"version\", \"success\" FROM \"flyway_schema_history\""
                     + " WHERE \"version\" IS NOT NULL")) {
            Set<String> applied = new HashSet<>();
            while (rs.next()) {
                if (!rs.getBoolean(2)) {
                    return false;
                }
                applied.add(rs.getString(1));
            }
            return applied.equals(VERSIONS);
        } catch (SQLException e) {
            return false; // a new workspace has no history table yet
        }
    }

    /** Names each script and statement Flyway applies as a step of the set-up (where crash tests pause). */
    private static final class Steps extends BaseCallback {
        private int statements;

        @Override
        public boolean supports(Event event, Context context) {
            return event == Event.AFTER_EACH_MIGRATE || event == Event.AFTER_EACH_MIGRATE_STATEMENT;
        }

        @Override
        public void handle(Event event, Context context) {
            String script = context.getMigrationInfo() == null ? "?" : context.getMigrationInfo().getScript();
            WorkspaceSetup.steps.accept(event == Event.AFTER_EACH_MIGRATE ? "flyway: applied " + script
                    : "flyway: statement " + ++statements + " (" + script + ")");
        }
    }
}
