package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.SemanticType;
import org.telisik.testdata.RadiologyCsv;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The whole window, headless, on a real workspace: a radiology export dropped onto it shows its NIK column. */
class ImportThroughWindowTest extends OnTestWorkspace {

    /** Drops a generated radiology export on the window and waits until its columns are listed. */
    private TableView<ColumnRow> importSample(FxRobot robot) throws Exception {
        Path csv = dir.resolve("radiologi-2023.csv");
        RadiologyCsv.write(csv, 400, 11);
        window.drop(robot, csv);
        TableView<ColumnRow> table = robot.lookup("#profile-table").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().stream().anyMatch(r -> r.name().equals("nik")));
        WaitForAsyncUtils.waitForFxEvents(); // let the table lay out its new rows
        return table;
    }

    @Test
    void droppedCsvShowsItsNikColumnWithMaskedExamples(FxRobot robot) throws Exception {
        TableView<ColumnRow> table = importSample(robot);
        assertThat(app.window().stage().getTitle()).isEqualTo("Telisik — " + dir.resolve("workspace"));
        ColumnRow nik = table.getItems().stream().filter(r -> r.name().equals("nik")).findFirst().orElseThrow();
        assertThat(nik.profile().semanticType()).isEqualTo(SemanticType.NIK);
        assertThat(nik.profile().nonEmpty()).isEqualTo(400);
        assertThat(nik.examplesText()).matches("\\d{4}\\*{8}\\d{4}( · \\d{4}\\*{8}\\d{4})*");
        assertThat(table.getItems()).extracting(ColumnRow::name).containsAll(RadiologyCsv.HEADER);
        assertThat(app.model().cases().cases()).hasSize(1);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(dir.resolve("radiologi-2023.csv"))));
        assertThat(robot.lookup("#file-facts").queryTextInputControl().getText()).contains("SHA-256 " + sha256);
        TreeView<SidebarNode> tree = robot.lookup("#sidebar").queryAs(TreeView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue().label()).isEqualTo("radiologi-2023.csv");
    }

    private static TableCell<?, ?> nameCell(FxRobot robot, String column) {
        return robot.lookup(".table-cell").match((TableCell<?, ?> c) -> column.equals(c.getItem())
                && "column.name".equals(c.getTableColumn().getId())).queryAs(TableCell.class);
    }

    @Test
    void clickingAColumnOpensItsEvidenceStatisticsAndCharts(FxRobot robot) throws Exception {
        importSample(robot);
        robot.clickOn(nameCell(robot, "nik"));
        Label title = robot.lookup("#detail-title").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title.getText().startsWith("nik — nik"));
        assertThat(robot.lookup("#column-detail .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("• ") && t.contains("nik"))
                .contains("Validity", "100.0 % (400 / 400)");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".distribution-chart").queryAllAs(BarChart.class)).extracting(BarChart::getTitle)
                .contains("NIK · Provinces (from the NIK)", "NIK · Birth years (from the NIK)");
        long women = Files.readAllLines(dir.resolve("radiologi-2023.csv")).stream().filter(l -> l.contains(",P,")).count();
        assertThat(app.model().profile().detail().distributions().stream()
                .filter(d -> d.name().equals("NIK · Sex (from the NIK)")).findFirst().orElseThrow().bars())
                .containsExactlyInAnyOrder(new ColumnDetailViewModel.Bar("Women", women),
                        new ColumnDetailViewModel.Bar("Men", 400 - women));
        robot.clickOn(nameCell(robot, "jenis_kelamin"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title.getText().startsWith("jenis_kelamin"));
        WaitForAsyncUtils.waitForFxEvents();
        BarChart<Number, String> chart = robot.lookup(".distribution-chart")
                .match((BarChart<?, ?> c) -> "Most frequent values".equals(c.getTitle())).queryAs(BarChart.class);
        assertThat(chart.getData().get(0).getData()).extracting(XYChart.Data::getYValue).containsExactlyInAnyOrder("L", "P");
        assertThat(chart.getData().get(0).getData().stream().mapToDouble(d -> d.getXValue().doubleValue()).sum())
                .isEqualTo(400);
    }

    @Test
    void shortcutsSwitchThemeAndFilterColumnsAndTheMenuSwitchesToIndonesian(FxRobot robot) throws Exception {
        TableView<ColumnRow> table = importSample(robot);
        robot.clickOn("#profile-table");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        assertThat(app.window().scene().getStylesheets()).anyMatch(s -> s.endsWith("theme-dark.css"));
        robot.press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL).write("kelamin");
        assertThat(table.getItems()).extracting(ColumnRow::name).containsExactly("jenis_kelamin");
        robot.clickOn("View").clickOn("Bahasa Indonesia");
        assertThat(robot.lookup("Kolom").tryQuery()).isPresent();
        assertThat(robot.lookup("Berkas").tryQuery()).isPresent();
        assertThat(window.preferences.ui().theme()).isEqualTo(Theme.DARK);
        assertThat(window.preferences.ui().language()).isEqualTo(I18n.INDONESIAN);
    }
}
