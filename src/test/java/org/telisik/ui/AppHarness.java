package org.telisik.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.stage.Stage;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The real app on a test workspace and throw-away preferences, with the steps every window test takes. */
final class AppHarness {
    final TestPreferences preferences = new TestPreferences();
    TelisikApp app;

    void start(Stage stage, WorkspaceOpener opener) {
        app = new TelisikApp(opener, preferences.ui());
        app.start(stage);
    }

    /** Closes the app as the analyst would (workspace released) and forgets the test preferences. */
    void stop(FxRobot robot) throws Exception {
        robot.interact(app::stop);
        preferences.close();
    }

    void awaitWorkspace() throws TimeoutException {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.model().workspace().sessionProperty().get() != null);
    }

    /** Opens the workspace, then drops files or folders onto the window. */
    void drop(FxRobot robot, Path... paths) throws TimeoutException {
        awaitWorkspace();
        robot.interact(() -> app.window().fileDrop().dropped(List.of(paths).stream().map(Path::toFile).toList()));
    }

    /** Drops files onto the window and waits until the first one's columns are listed. */
    void importAndShow(FxRobot robot, Path... paths) throws TimeoutException {
        drop(robot, paths);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.model().profile().rows().isEmpty());
    }

    /** Reads FX state from the test thread. */
    static <T> T onFx(Callable<T> read) throws Exception {
        return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
    }
}
