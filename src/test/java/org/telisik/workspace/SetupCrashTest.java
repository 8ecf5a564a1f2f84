package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.CaseStatus;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationReport;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGKILL a child JVM at every step of creating a workspace and of migrating a v1 workspace (each Flyway script,
 * a spread of single DDL statements, the copy, the sealing, the rename), and at random instants inside the set-up:
 * each time the workspace then opens, is up to date, verifies, and holds exactly what it held before (the v1
 * results sealed once). The kill during an analysis is {@link CrashSafetyTest}.
 */
class SetupCrashTest {
    private static final int RANDOM_KILLS = 2;

    @TempDir
    Path tmp;

    /** The steps a full set-up goes through, from an uninterrupted child. */
    private static List<String> stepsOf(Path workspace) throws Exception {
        try (ChildJvm child = ChildJvm.start(SetupChild.class, workspace.toString(), "-")) {
            child.awaitLine("start");
            return child.linesUntil("done").stream().filter(l -> l.startsWith("step ")).map(l -> l.substring(5)).toList();
        }
    }

    /**
     * Every named step but Flyway's per-script ones (V2's is kept: the script of the crash), and a spread of
     * single statements: the first, one in the middle and the last. About ten kills per set-up: each costs a JVM.
     */
    private static List<String> killPoints(List<String> steps) {
        List<String> statements = steps.stream().filter(s -> s.startsWith("flyway: statement")).toList();
        Set<String> points = new LinkedHashSet<>(steps.stream().filter(s -> !s.startsWith("flyway: ")
                || s.equals("flyway: applied V2__chain_of_custody.sql")).toList());
        points.remove("leftovers discarded"); // nothing is written before it
        if (!statements.isEmpty()) {
            points.addAll(List.of(statements.get(0), statements.get(statements.size() / 2),
                    statements.get(statements.size() - 1)));
        }
        return new ArrayList<>(points);
    }

    private static void killAt(Path workspace, String step) throws Exception {
        try (ChildJvm child = ChildJvm.start(SetupChild.class, workspace.toString(), step)) {
            child.awaitLine("paused");
            child.kill();
        }
    }

    /** Kills a child that pauses nowhere after {@code millis} from its first line. */
    private static void killAfter(Path workspace, long millis) throws Exception {
        try (ChildJvm child = ChildJvm.start(SetupChild.class, workspace.toString(), "-")) {
            child.awaitLine("start");
            Thread.sleep(millis);
            child.kill();
        }
    }

    /** Opens the workspace after a kill: it must open, be up to date, verify and pass {@code holds}. */
    private static void assertWhole(Path workspace, String afterKillAt, Consumer<H2Workspace> holds)
            throws java.io.IOException {
        try (H2Workspace ws = H2Workspace.open(workspace)) {
            assertThat(SchemaMigration.upToDate(ws.database())).as("up to date after a kill at " + afterKillAt).isTrue();
            VerificationReport report = new WorkspaceVerifier(ws).verify();
            assertThat(report.broken()).as("verify after a kill at " + afterKillAt).isEmpty();
            holds.accept(ws);
        }
        try (Stream<Path> left = Files.list(workspace)) {
            assertThat(left.map(p -> p.getFileName().toString()))
                    .noneMatch(n -> n.startsWith(WorkspaceSetup.STAGING_PREFIX));
        }
    }

    private static void onlySetupNotes(H2Workspace ws, String... others) {
        List<String> actions = ws.audit().entries().stream().map(AuditEntry::action)
                .filter(a -> !a.equals(AuditActions.SETUP_INTERRUPTED)).toList();
        assertThat(actions).containsExactly(others);
        assertThat(ws.audit().entries().stream().filter(e -> e.action().equals(AuditActions.SETUP_INTERRUPTED))).hasSizeLessThan(2);
    }

    @Test
    void aCreationKilledAtAnyStepLeavesAWorkspaceThatOpens() throws Exception {
        List<String> steps = stepsOf(tmp.resolve("calibration"));
        assertThat(steps).contains("create: staging folder made", "flyway: applied V2__chain_of_custody.sql",
                "create: schema ready", "create: moved into place", "opened");
        int n = 0;
        for (String step : killPoints(steps)) {
            Path ws = tmp.resolve("ws" + n++);
            killAt(ws, step);
            assertWhole(ws, step, w -> {
                onlySetupNotes(w);
                assertThat(w.cases().list()).isEmpty();
            });
        }
        Random random = new Random(17);
        for (int i = 0; i < RANDOM_KILLS; i++) {
            Path ws = tmp.resolve("random" + i);
            killAfter(ws, 300 + random.nextInt(2500));
            assertWhole(ws, "a random instant", w -> onlySetupNotes(w));
        }
    }

    @Test
    void aMigrationKilledAtAnyStepLeavesTheOldWorkspaceOrTheMigratedOneSealedOnce() throws Exception {
        Path pristine = Files.createDirectories(tmp.resolve("v1"));
        V1Workspace.create(pristine, tmp.resolve("scripts"), "V1__cases_evidence_profiles.sql");
        Path calibration = copyOf(pristine, "calibration");
        List<String> steps = stepsOf(calibration);
        assertThat(steps).contains("migrate: database copied", "flyway: applied V2__chain_of_custody.sql",
                "v1 results sealed", "migrate: moved into place");
        int n = 0;
        for (String step : killPoints(steps)) {
            Path ws = copyOf(pristine, "ws" + n++);
            killAt(ws, step);
            assertWhole(ws, step, this::v1DataSealedOnce);
        }
        Random random = new Random(1945);
        for (int i = 0; i < RANDOM_KILLS; i++) {
            Path ws = copyOf(pristine, "random" + i);
            killAfter(ws, 300 + random.nextInt(2500));
            assertWhole(ws, "a random instant", this::v1DataSealedOnce);
        }
    }

    private void v1DataSealedOnce(H2Workspace ws) {
        onlySetupNotes(ws, AuditActions.EVIDENCE_BASELINED);
        assertThat(ws.cases().findById("c1").orElseThrow().status()).isEqualTo(CaseStatus.COMPLETE);
        assertThat(ws.evidence().list("c1")).singleElement().satisfies(f -> assertThat(f.path()).isEqualTo("/bukti/pasien.csv"));
        assertThat(ws.cases().list()).hasSize(2);
    }

    @Test
    void aMigrationThatFailsLeavesTheWorkspaceAsItWasAndSaysSo() throws Exception {
        Path ws = Files.createDirectories(tmp.resolve("v1"));
        V1Workspace.create(ws, tmp.resolve("scripts"), "V1__cases_evidence_profiles.sql", "V2__chain_of_custody.sql");
        // a script an earlier run marked as failed: Flyway refuses to go on
        RawDatabase.execute(ws, "UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"version\" = '2'");
        String before = schemaAndData(ws);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> H2Workspace.open(ws))
                .isInstanceOf(WorkspaceException.class)
                .hasMessageStartingWith("Cannot bring the workspace " + ws + " up to date:")
                .hasMessageEndingWith("The workspace was left as it was: the update ran on a copy, which was removed.");
        assertThat(schemaAndData(ws)).isEqualTo(before);
        try (Stream<Path> left = Files.list(ws)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(WorkspaceSetup.STAGING_PREFIX));
        }
    }

    /** The schema history, every column of every table and the cases, as text (H2 rewrites its file header on open). */
    private static String schemaAndData(Path ws) throws Exception {
        StringBuilder text = new StringBuilder();
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:file:" + ws.resolve("telisik"), "telisik", "");
             java.sql.Statement st = c.createStatement()) {
            for (String sql : List.of("SELECT \"version\", \"success\", \"checksum\" FROM \"flyway_schema_history\" ORDER BY 1",
                    "SELECT TABLE_NAME, COLUMN_NAME, DATA_TYPE FROM INFORMATION_SCHEMA.COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                            + " ORDER BY 1, 2", "SELECT id, name FROM case_file ORDER BY id")) {
                try (java.sql.ResultSet rs = st.executeQuery(sql)) {
                    while (rs.next()) {
                        for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                            text.append(rs.getString(i)).append('|');
                        }
                        text.append('\n');
                    }
                }
            }
        }
        return text.toString();
    }

    private Path copyOf(Path pristine, String name) throws Exception {
        Path copy = Files.createDirectories(tmp.resolve(name));
        Files.copy(pristine.resolve("telisik.mv.db"), copy.resolve("telisik.mv.db"));
        return copy;
    }
}
