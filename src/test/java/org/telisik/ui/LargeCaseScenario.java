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
import org.telisik.app.WorkspaceSession;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;
import org.telisik.workspace.H2Workspace;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A case of 10,000 small parts in ten folders, as sellers post them, browsed as an analyst does: the case opened,
 * each folder opened, paged through, a file picked, filtered by name, by error and back, with the FX thread's
 * waits measured at each step ({@link FxStallProbe}). What is shown is checked at each step too, so a fast but
 * wrong sidebar fails. Shared by {@code LargeCaseSidebarTest} and the benchmark that reports the figures.
 */
public final class LargeCaseScenario {
    public static final int FOLDERS = 10;
    public static final int PER_FOLDER = 1_000;

    private LargeCaseScenario() {
    }

    static FileReport part(int folder, int i) {
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

    /** Stores the generated case in a new workspace in {@code folder}. */
    public static Path workspace(Path folder) {
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
        return folder;
    }

    /** Opens the app on the workspace in a new window, browses, closes it; the probe holds the figures. */
    public static FxStallProbe measure(Path workspace, FxRobot robot) throws Exception {
        AppHarness window = new AppHarness();
        WaitForAsyncUtils.asyncFx(() -> window.start(new Stage(), (override, passphrase) ->
                WorkspaceSession.of(H2Workspace.open(workspace), false))).get(60, TimeUnit.SECONDS);
        window.awaitWorkspace();
        try {
            return browse(robot, window.app);
        } finally {
            window.stop(robot);
        }
    }

    @SuppressWarnings("unchecked")
    static FxStallProbe browse(FxRobot robot, TelisikApp app) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> !AppHarness.onFx(() -> app.model().cases().cases().isEmpty()));
        FxStallProbe probe = FxStallProbe.start();
        robot.interact(() -> app.model().cases().selectedProperty().set(app.model().cases().cases().get(0).node()));
        // this window's own nodes: a benchmark opens one window per run, and a lookup would search them all
        javafx.scene.Scene scene = app.window().scene();
        TreeView<SidebarNode> tree = (TreeView<SidebarNode>) scene.lookup("#sidebar");
        javafx.scene.control.TextField filter = (javafx.scene.control.TextField) scene.lookup("#sidebar-filter");
        javafx.scene.Node errorsOnly = scene.lookup("#sidebar-errors-only");
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
        robot.clickOn(tree);
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

        robot.clickOn(filter).write("bagian471");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> visibleFiles(caseItem(tree)).size()) == FOLDERS);
        assertThat(AppHarness.onFx(() -> visibleFiles(caseItem(tree)))).extracting(SidebarNode::label)
                .containsOnly("bagian471.csv").hasSize(FOLDERS);
        probe.lap("filter by name");
        robot.interact(filter::clear);
        robot.clickOn(errorsOnly);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> visibleFiles(caseItem(tree)).size()) == FOLDERS * 4);
        assertThat(AppHarness.onFx(() -> visibleFiles(caseItem(tree)))).hasSize(FOLDERS * 4)
                .allSatisfy(n -> assertThat(n.hasError()).isTrue());
        probe.lap("filter by error");
        robot.clickOn(errorsOnly);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> caseItem(tree).getChildren().size()) == FOLDERS);
        probe.lap("filter off");

        probe.stop();
        return probe;
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

    /** The load average now, to read the figures by. */
    public static String loadAverage() {
        try {
            return java.nio.file.Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | UnsupportedOperationException e) {
            return "unknown";
        }
    }
}
