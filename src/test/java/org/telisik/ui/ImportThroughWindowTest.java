package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.SemanticType;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.workspace.H2Workspace;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window, headless, on a real workspace: a radiology export dropped onto it shows its NIK column. */
@ExtendWith(ApplicationExtension.class)
class ImportThroughWindowTest {
    @TempDir
    Path dir;
    private TelisikApp app;
    private final TestPreferences preferences = new TestPreferences();

    @Start
    void start(Stage stage) {
        app = new TelisikApp(override -> H2Workspace.open(dir.resolve("workspace")), preferences.ui());
        app.start(stage);
    }

    @AfterEach
    void stop(FxRobot robot) throws Exception {
        robot.interact(app::stop);
        preferences.close();
    }

    @Test
    void droppedCsvShowsItsNikColumnWithMaskedExamples(FxRobot robot) throws Exception {
        Path csv = dir.resolve("radiologi-2023.csv");
        RadiologyCsv.write(csv, 400, 11);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> app.model().sessionProperty().get() != null);
        assertThat(app.window().stage().getTitle()).isEqualTo("Telisik — " + dir.resolve("workspace"));

        robot.interact(() -> app.window().fileDrop().dropped(List.of(csv.toFile())));

        TableView<ColumnRow> table = robot.lookup("#profile-table").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().stream().anyMatch(r -> r.name().equals("nik")));
        ColumnRow nik = table.getItems().stream().filter(r -> r.name().equals("nik")).findFirst().orElseThrow();
        assertThat(nik.profile().semanticType()).isEqualTo(SemanticType.NIK);
        assertThat(nik.profile().nonEmpty()).isEqualTo(400);
        assertThat(nik.examplesText()).matches("\\d{4}\\*{8}\\d{4}( · \\d{4}\\*{8}\\d{4})*");
        assertThat(table.getItems()).extracting(ColumnRow::name).containsAll(RadiologyCsv.HEADER);
        assertThat(app.model().cases().cases()).hasSize(1);
    }
}
