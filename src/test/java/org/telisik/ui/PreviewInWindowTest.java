package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.identity.Masker;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;
import org.telisik.testdata.PopulationCsv;
import org.telisik.workspace.Workspace;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** The Rows tab shows the first rows of the imported dataset with every personal value masked by its column's type. */
class PreviewInWindowTest extends OnTestWorkspace {

    private static List<List<String>> firstRows(Path csv) throws Exception {
        try (com.opencsv.CSVReader reader = new com.opencsv.CSVReader(Files.newBufferedReader(csv))) {
            return reader.readAll().subList(1, 21).stream().map(List::of).toList();
        }
    }

    @Test
    void firstRowsAreShownMaskedByColumnTypeWithNoRawNikVisible(FxRobot robot) throws Exception {
        Path csv = dir.resolve("data_penduduk_jabar.csv");
        PopulationCsv.write(csv, 300, 17, ',');
        window.importAndShow(robot, csv);
        robot.clickOn("Rows (masked)");
        PreviewViewModel preview = app.model().preview();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> preview.rows().size()) == 20);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#preview-note").queryAs(Label.class).getText())
                .isEqualTo("First 20 row(s) of data_penduduk_jabar.csv, personal data masked by column type");

        List<List<String>> raw = firstRows(csv);
        List<List<String>> shown = AppHarness.onFx(() -> List.copyOf(preview.rows()));
        Map<String, SemanticType> types = AppHarness.onFx(() -> app.model().profile().rows().stream()
                .collect(Collectors.toMap(ColumnRow::name, r -> r.profile().semanticType())));
        assertThat(types).containsEntry("nik", SemanticType.NIK).containsEntry("no_kk", SemanticType.KK)
                .containsEntry("nama", SemanticType.PERSON_NAME).containsEntry("tgl_lahir", SemanticType.BIRTH_DATE)
                .containsEntry("no_hp", SemanticType.PHONE).containsEntry("email", SemanticType.EMAIL)
                .containsEntry("alamat", SemanticType.ADDRESS);
        List<String> header = AppHarness.onFx(() -> List.copyOf(preview.columns()));
        assertThat(header).isEqualTo(PopulationCsv.HEADER);
        for (int r = 0; r < 20; r++) {
            for (int c = 0; c < header.size(); c++) {
                SemanticType type = types.get(header.get(c));
                String value = raw.get(r).get(c);
                assertThat(shown.get(r).get(c)).as(header.get(c) + " of row " + (r + 1))
                        .isEqualTo(type.isPersonal() ? Masker.mask(type, value) : value);
                if (type.isPersonal() && !value.isEmpty() && type != SemanticType.GENDER) {
                    assertThat(shown.get(r).get(c)).isNotEqualTo(value);
                }
            }
        }

        TableView<?> table = robot.lookup("#preview-table").queryAs(TableView.class);
        List<String> visible = new ArrayList<>();
        robot.from(table).lookup(".table-cell").queryAllAs(TableCell.class).forEach(cell -> {
            if (cell.getText() != null) {
                visible.add(cell.getText());
            }
        });
        assertThat(visible).anyMatch(t -> t.matches("\\d{4}\\*{8}\\d{4}"));
        assertThat(visible).noneMatch(t -> t.matches(".*\\d{16}.*"));
        assertThat(String.join(" ", visible)).doesNotContain(raw.get(0).get(0), raw.get(0).get(2));
    }

    @Test
    void aFileStoredWithoutPreviewSaysSo(FxRobot robot) throws Exception {
        Path csv = dir.resolve("arsip_lama.csv");
        PopulationCsv.write(csv, 30, 5, ',');
        window.awaitWorkspace();
        Workspace ws = workspace;
        // as a Telisik before schema v3 stored it: the analysis, no first rows
        FileReport old = new Analyzer(new Analyzer.AnalysisOptions(LocalDate.now(), true))
                .analyzeFiles(List.of(csv), ProgressListener.NONE, () -> false).get(0);
        String caseId = ws.cases().create("Kasus 2023").id();
        ws.evidence().save(caseId, old);
        robot.interact(() -> app.model().cases().reloadAndSelect(caseId));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> app.model().cases().cases().get(0)
                .files().size()) == 1);
        robot.interact(() -> app.model().cases().selectedProperty().set(new SidebarNode.FileNode(
                app.model().cases().cases().get(0).record(), app.model().cases().cases().get(0).files().get(0))));
        robot.clickOn("Rows (masked)");
        Label note = robot.lookup("#preview-note").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> note.getText().startsWith("No preview stored"));
        assertThat(note.getText()).isEqualTo("No preview stored for arsip_lama.csv: it was analysed before Telisik kept"
                + " first rows. Import the file again to get one.");
        assertThat(app.model().preview().rows()).isEmpty();
    }
}
