package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Estimate;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.workspace.H2Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The case tabs: the stored authenticity verdict, and a claim judged live through the claim engine seam. */
@ExtendWith(ApplicationExtension.class)
class CaseOverviewTest {
    @TempDir
    Path dir;
    private final AppHarness window = new AppHarness();
    private final List<String> claimsJudged = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * A stand-in for the claim engine that reads only a record count ("N rows"): enough to see the panel
     * pass the typed claim and the case along and show the estimate that comes back.
     */
    private Estimate judge(CaseAnalysis analysis, String claim) {
        claimsJudged.add(claim);
        long sampleRows = analysis.files().stream().flatMap(f -> f.datasets().stream()).mapToLong(DatasetProfile::rows).sum();
        long claimed = Long.parseLong(claim.replaceAll("\\D", ""));
        return new Estimate(new Estimate.Claim(claim, null, claimed, null), new Estimate.BytesPerRecord(190.5, null),
                new Estimate.RecordRange(claimed, claimed, claimed), claimed < sampleRows ? "inconsistent" : "consistent",
                List.of("The sample alone holds " + sampleRows + " rows."));
    }

    @Start
    void start(Stage stage) {
        window.app = new TelisikApp((o, p) -> H2Workspace.open(dir.resolve("workspace")), window.preferences.ui(),
                (record, claim) -> judge(window.app.model().workspace().sessionProperty().get().analysis().load(record), claim));
        window.app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        window.stop(robot);
    }

    @Test
    void authenticityTabShowsTheStoredVerdictAndTheClaimIsJudgedAsTyped(FxRobot robot) throws Exception {
        Path csv = dir.resolve("sampel-bpjs.csv");
        RadiologyCsv.write(csv, 150, 9);
        window.importAndShow(robot, csv);

        robot.clickOn("Authenticity");
        Label verdict = robot.lookup("#authenticity-verdict").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !verdict.getText().isEmpty());
        String stored = window.app.model().overview().verdictProperty().get();
        assertThat(verdict.getText()).isEqualTo(window.app.model().i18n().get("verdict." + stored));

        robot.clickOn("Claim").clickOn("#claim-input").write("100 rows");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> {
            Estimate shown = window.app.model().overview().estimateProperty().get();
            return shown != null && shown.claim().text().equals("100 rows");
        }));
        WaitForAsyncUtils.waitForFxEvents();
        Label consistency = robot.lookup("#claim-consistency").queryAs(Label.class);
        assertThat(consistency.getText()).isEqualTo("Inconsistent with the sample");
        assertThat(robot.lookup(".label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("• The sample alone holds 150 rows.");
        assertThat(claimsJudged).last().isEqualTo("100 rows");
    }
}
