package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.app.WorkspaceSession;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.workspace.H2Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Imports of large generated exports: the window keeps answering, and a cancel stops the import cleanly. */
@ExtendWith(ApplicationExtension.class)
class LongImportTest {
    @TempDir
    static Path data;
    private static Path folder;
    @TempDir
    Path workspace;
    private final AppHarness window = new AppHarness();
    private TelisikApp app;

    @BeforeAll
    static void generate() throws IOException {
        folder = Files.createDirectories(data.resolve("dump"));
        RadiologyCsv.writeSize(folder.resolve("part01.csv"), 40L << 20, 3);
        for (String part : List.of("part02.csv", "part03.csv")) {
            Files.copy(folder.resolve("part01.csv"), folder.resolve(part));
        }
    }

    @Start
    void start(Stage stage) {
        window.start(stage, (override, p) -> WorkspaceSession.of(H2Workspace.open(workspace), false));
        app = window.app;
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        window.stop(robot);
    }

    private Task<?> startImport(FxRobot robot, Path path) throws Exception {
        window.drop(robot, path);
        Task<?> task = AppHarness.onFx(() -> app.model().runner().shownTasks().get(0));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> AppHarness.onFx(task::getProgress) > 0);
        return task;
    }


    @Test
    void fxThreadKeepsAnsweringWhileALargeFileIsAnalysed(FxRobot robot) throws Exception {
        Task<?> task = startImport(robot, folder); // 3 x 40 MB: several seconds, so several once-a-second updates
        List<Number> seenOnFxThread = Collections.synchronizedList(new ArrayList<>());
        robot.interact(() -> task.progressProperty().addListener((obs, before, now) -> seenOnFxThread.add(now)));
        for (int i = 0; i < 20; i++) {
            CompletableFuture<Worker.State> ping = new CompletableFuture<>();
            Platform.runLater(() -> ping.complete(task.getState()));
            assertThat(ping.get(10, TimeUnit.SECONDS)).as("state seen by FX ping %d", i).isEqualTo(Worker.State.RUNNING);
        }
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, task::isDone);
        assertThat(AppHarness.onFx(task::getState)).isEqualTo(Worker.State.SUCCEEDED);
        assertThat(seenOnFxThread.stream().distinct().count()).as("progress updates that reached the window")
                .isGreaterThanOrEqualTo(2);
    }

    @Test
    void cancelButtonStopsTheImportAndKeepsOnlyFinishedFiles(FxRobot robot) throws Exception {
        Task<?> task = startImport(robot, folder);
        robot.clickOn("#cancel-import");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, task::isDone);
        assertThat(AppHarness.onFx(task::getState)).isEqualTo(Worker.State.CANCELLED);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> app.model().cases().cases().size() == 1
                && app.model().cases().cases().get(0).loadedProperty().get()));
        assertThat(AppHarness.onFx(() -> app.model().cases().cases().get(0).files().size())).isLessThan(3);
        assertThat(AppHarness.onFx(() -> app.model().cases().cases().get(0).node().incomplete()))
                .as("a cancelled import leaves its case marked incomplete").isTrue();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sidebar .incomplete-badge").tryQuery()).isPresent();
        assertThat(AppHarness.onFx(() -> app.model().status().textProperty().get())).startsWith("Import cancelled");
        assertThat(robot.lookup("#cancel-import").query().isVisible()).isFalse();
    }
}
