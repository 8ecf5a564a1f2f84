package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;

/** The window comes back at the size and place it had, with the chosen theme and language. */
@ExtendWith(ApplicationExtension.class)
class UiPreferencesTest {
    private final TestPreferences store = new TestPreferences();

    @AfterEach
    void clean() throws Exception {
        store.close();
    }

    @Test
    void windowSizeAndPlaceAreRemembered(FxRobot robot) {
        robot.interact(() -> {
            Stage first = new Stage();
            first.setWidth(1010);
            first.setHeight(707);
            first.setX(33);
            first.setY(44);
            store.ui().rememberWindow(first);
            Stage next = new Stage();
            store.ui().restoreWindow(next);
            assertThat(next.getWidth()).isEqualTo(1010);
            assertThat(next.getHeight()).isEqualTo(707);
            assertThat(next.getX()).isEqualTo(33);
            assertThat(next.getY()).isEqualTo(44);
        });
    }

    @Test
    void tinyStoredSizesAreRaisedToAUsableWindow(FxRobot robot) {
        store.node().putDouble("window.width", 12);
        store.node().putDouble("window.height", 9);
        robot.interact(() -> {
            Stage stage = new Stage();
            store.ui().restoreWindow(stage);
            assertThat(stage.getWidth()).isGreaterThanOrEqualTo(640);
            assertThat(stage.getHeight()).isGreaterThanOrEqualTo(420);
        });
    }

    @Test
    void themeAndLanguageAreRemembered() {
        UiPreferences prefs = store.ui();
        assertThat(prefs.theme()).isEqualTo(Theme.LIGHT);
        prefs.theme(Theme.DARK);
        prefs.language(I18n.INDONESIAN);
        assertThat(store.ui().theme()).isEqualTo(Theme.DARK);
        assertThat(store.ui().language()).isEqualTo(I18n.INDONESIAN);
    }
}
