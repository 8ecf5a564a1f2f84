package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.KhanzaDump;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The origin tab on the real engine: a Khanza dump is shown as Khanza's, with the day it was taken on or after. */
class OriginTabTest extends OnTestWorkspace {

    @Test
    void aKhanzaDumpShowsItsSystemAndTimeline(FxRobot robot) throws Exception {
        Path dump = dir.resolve("sik.sql");
        KhanzaDump.write(dump, 120, LocalDate.of(2021, 9, 1), LocalDate.of(2021, 12, 30), 4);
        window.importAndShow(robot, dump);
        robot.clickOn(app.model().i18n().get("tab.origin"));
        TableView<?> systems = robot.lookup("#attribution-systems").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> !systems.getItems().isEmpty()));
        assertThat(AppHarness.onFx(() -> app.model().overview().attribution().get(0).system())).isEqualTo("simrs-khanza");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#timeline-extracted").queryAs(Label.class).getText()).isEqualTo("2021-12-30");
        assertThat(robot.lookup("#timeline-events").queryAs(TableView.class).getItems()).isNotEmpty();
    }
}
