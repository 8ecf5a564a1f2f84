package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;
import org.telisik.app.WorkspaceSession;
import org.telisik.workspace.H2Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A case of 10,000 small parts in ten folders, as sellers post them: the sidebar lists ten folders, the filter
 * finds a part by name and the broken files by error, and scrolling and selecting never hold the FX thread long.
 */
@ExtendWith(ApplicationExtension.class)
class LargeCaseSidebarTest {
    private static final int FOLDERS = 10;
    private static final int PER_FOLDER = 1_000;
    /**
     * A hard cap far above the 100 ms target: the target holds on a quiet machine (see the benchmark's figures),
     * but on a 2-core CI machine shared with other builds, the FX thread may simply not be scheduled for a while.
     */
    private static final long LONGEST_STALL_MS = 1_000;
    /** Half of all ticks must run within this: a window that stalls often fails here even when no stall is long. */
    private static final long MEDIAN_MS = 100;

    @TempDir
    Path dir;
    private final AppHarness window = new AppHarness();
    private TelisikApp app;

    private static FileReport part(int folder, int i) {
        String path = "/bukti/bocoran-" + folder + "/bagian" + i + ".csv";
        if (i % 250 == 7) {
            return new FileReport(path, 0, null, null, "text/csv", null,
                    new FileError(ErrorCode.MALFORMED_CSV, path + " ends inside a quoted field; re-export it."), List.of(), List.of(), List.of());
        }
        List<ColumnProfile> columns = List.of(
                new ColumnProfile("nik", SemanticType.NIK, 0.97, List.of("20 of 20 pass"), 20, 20, false, null, List.of(), Map.of()),
                new ColumnProfile("nama", SemanticType.PERSON_NAME, 0.8, List.of(), 20, 19, false, null, List.of(), Map.of()));
        return new FileReport(path, 1_700, String.format("%064x", folder * 100_000L + i), "cd".repeat(16), "text/csv",
                "UTF-8", null, List.of(new DatasetProfile("bagian" + i, "csv", new Dialect(',', '"', true), 20, 1_700,
                        true, columns, List.of())), List.of(), List.of());
    }

    @BeforeEach
    void open() throws Exception {
        Path folder = dir.resolve("workspace");
        try (H2Workspace ws = H2Workspace.open(folder)) {
            String caseId = ws.cases().create("Sampel 10.000 bagian").id();
            for (int f = 0; f < FOLDERS; f++) {
                int folderNo = f;
                ws.inOneTransaction("store generated parts", () -> {
                    for (int i = 0; i < PER_FOLDER; i++) {
                        ws.evidence().save(caseId, part(folderNo, i));
                    }
                });
            }
        }
        WaitForAsyncUtils.asyncFx(() -> window.start(new Stage(), (override, passphrase) -> WorkspaceSession.of(H2Workspace.open(folder), false)))
                .get(60, TimeUnit.SECONDS);
        app = window.app;
        window.awaitWorkspace();
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        window.stop(robot);
    }

    @Test
    void tenThousandFilesAreGroupedFilteredAndBrowsedWithoutStallingTheWindow(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !AppHarness.onFx(() -> app.model().cases().cases().isEmpty()));
        FxStallProbe probe = FxStallProbe.start();
        robot.interact(() -> app.model().cases().selectedProperty().set(app.model().cases().cases().get(0).node()));
        TreeView<SidebarNode> tree = robot.lookup("#sidebar").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> caseItem(tree).getChildren().size()) == FOLDERS);
        probe.lap("open");
        List<String> folders = AppHarness.onFx(() -> caseItem(tree).getChildren().stream().map(i -> i.getValue().label()).toList());
        assertThat(folders).containsExactly(java.util.stream.IntStream.range(0, FOLDERS)
                .mapToObj(f -> "bukti/bocoran-" + f + " (1000)").toArray(String[]::new));
        assertThat(AppHarness.onFx(() -> caseItem(tree).getChildren().get(0).getValue().hasError())).isTrue();

        for (int f = 0; f < FOLDERS; f++) { // as the analyst opens them, one click each
            int folder = f;
            robot.interact(() -> caseItem(tree).getChildren().get(folder).setExpanded(true));
        }
        WaitForAsyncUtils.waitForFxEvents();
        probe.lap("expand");
        robot.clickOn("#sidebar");
        for (int i = 0; i < 40; i++) {
            robot.type(KeyCode.PAGE_DOWN);
        }
        robot.type(KeyCode.END).type(KeyCode.HOME);
        WaitForAsyncUtils.waitForFxEvents();
        probe.lap("scroll");
        assertThat(AppHarness.onFx(() -> tree.getSelectionModel().getSelectedItem().getValue()))
                .isInstanceOf(SidebarNode.CaseNode.class);
        robot.type(KeyCode.DOWN, 3);
        WaitForAsyncUtils.waitForFxEvents();
        SidebarNode picked = AppHarness.onFx(() -> app.model().cases().selectedProperty().get());
        assertThat(picked).isInstanceOf(SidebarNode.FileNode.class);
        assertThat(picked.label()).isEqualTo("bagian1.csv");
        probe.lap("select");

        robot.clickOn("#sidebar-filter").write("bagian471");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> visibleFiles(caseItem(tree)).size()) == FOLDERS);
        assertThat(AppHarness.onFx(() -> visibleFiles(caseItem(tree)))).extracting(SidebarNode::label)
                .containsOnly("bagian471.csv").hasSize(FOLDERS);
        probe.lap("filter by name");
        robot.interact(() -> robot.lookup("#sidebar-filter").queryTextInputControl().clear());
        robot.clickOn("#sidebar-errors-only");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> visibleFiles(caseItem(tree)).size()) == FOLDERS * 4);
        assertThat(AppHarness.onFx(() -> visibleFiles(caseItem(tree)))).hasSize(FOLDERS * 4)
                .allSatisfy(n -> assertThat(n.hasError()).isTrue());
        probe.lap("filter by error");
        robot.clickOn("#sidebar-errors-only");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> caseItem(tree).getChildren().size()) == FOLDERS);
        probe.lap("filter off");

        probe.stop();
        List<Long> waits = probe.waits();
        System.out.printf("fx stalls, ms: %s; median %d, p99 %d over %d ticks; load %s%n", probe.laps(),
                FxStallProbe.percentile(waits, 50), FxStallProbe.percentile(waits, 99), waits.size(), loadAverage());
        probe.culprits(8).forEach(c -> System.out.println("  stalled in: " + c));
        assertThat(FxStallProbe.percentile(waits, 50)).as("median wait of the FX thread, ms").isLessThan(MEDIAN_MS);
        assertThat(probe.laps().values()).as("longest stall of each step, ms").allSatisfy(l -> assertThat(l).isLessThan(LONGEST_STALL_MS));
    }

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return "unknown";
        }
    }

    private static TreeItem<SidebarNode> caseItem(TreeView<SidebarNode> tree) {
        return tree.getRoot().getChildren().get(0);
    }

    private static List<SidebarNode> visibleFiles(TreeItem<SidebarNode> item) {
        List<SidebarNode> files = new ArrayList<>();
        for (TreeItem<SidebarNode> child : item.getChildren()) {
            if (child.getValue() instanceof SidebarNode.FileNode) {
                files.add(child.getValue());
            } else {
                files.addAll(visibleFiles(child));
            }
        }
        return files;
    }
}
