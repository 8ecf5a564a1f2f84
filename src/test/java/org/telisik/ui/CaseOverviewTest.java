package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.Estimate;
import org.telisik.testdata.RadiologyCsv;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The case tabs on the real engine: the stored authenticity verdict, and a seller's claim judged as typed. */
class CaseOverviewTest extends OnTestWorkspace {

    @Test
    void authenticityTabShowsTheStoredVerdictAndTheClaimIsJudgedAsTyped(FxRobot robot) throws Exception {
        Path csv = dir.resolve("sampel-bpjs.csv");
        RadiologyCsv.write(csv, 150, 9);
        window.importAndShow(robot, csv);
        I18n i18n = app.model().i18n();

        robot.clickOn("Authenticity");
        Label verdict = robot.lookup("#authenticity-verdict").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !verdict.getText().isEmpty());
        String stored = AppHarness.onFx(() -> app.model().overview().verdictProperty().get());
        assertThat(verdict.getText()).isEqualTo(i18n.get("verdict." + stored));
        assertThat(AppHarness.onFx(() -> app.model().overview().checks().size())).isPositive();

        String claim = "dijual 6 juta data pasien RSUD, 720 GB";
        robot.clickOn("Claim").clickOn("#claim-input").write(claim);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> {
            Estimate shown = app.model().overview().estimateProperty().get();
            return shown != null && shown.claim().text().equals(claim);
        }));
        WaitForAsyncUtils.waitForFxEvents();
        Estimate estimate = AppHarness.onFx(() -> app.model().overview().estimateProperty().get());
        assertThat(estimate.claim().records()).isEqualTo(6_000_000L);
        assertThat(robot.lookup("#claim-consistency").queryAs(Label.class).getText())
                .isEqualTo(i18n.get("consistency." + estimate.consistency()));
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("• " + estimate.explanation().get(0));
    }
}
