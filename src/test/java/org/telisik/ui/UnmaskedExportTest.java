package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.opencsv.CSVReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.control.DialogPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.RadiologyCsv;
import org.telisik.workspace.AuditEntry;
import org.telisik.workspace.AuditLog;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Masked stays the default; an unmasked export needs a confirmation, shows full values and is audited as an unmask. */
class UnmaskedExportTest extends OnTestWorkspace {

    private String firstNik(Path csv) throws Exception {
        try (CSVReader reader = new CSVReader(Files.newBufferedReader(csv))) {
            reader.readNext();
            return reader.readNext()[RadiologyCsv.HEADER.indexOf("nik")];
        }
    }

    private Path importSample(FxRobot robot) throws Exception {
        Path csv = dir.resolve("rujukan_rsud.csv");
        RadiologyCsv.write(csv, 50, 13);
        window.importAndShow(robot, csv);
        return csv;
    }

    private List<AuditEntry> audit(String action) {
        var ws = workspace;
        return ws.audit().entries().stream().filter(e -> e.action().equals(action)).toList();
    }

    private CaseExporter json() {
        return app.model().export().exporters().stream().filter(e -> e.extension().equals("json")).findFirst().orElseThrow();
    }

    @Test
    void withoutConfirmationNothingHappensWithItTheFullValueIsWrittenAndOneUnmaskAudited(FxRobot robot) throws Exception {
        Path csv = importSample(robot);
        Path target = dir.resolve("laporan-lengkap.json");
        ExportChoice unmasked = new ExportChoice(I18n.ENGLISH, true);

        boolean started = AppHarness.onFx(() -> app.model().export().export(json(), target, unmasked, false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(started).isFalse();
        assertThat(target).doesNotExist();
        assertThat(audit(AuditLog.UNMASK)).isEmpty();
        assertThat(audit(AuditLog.REPORT_EXPORTED)).isEmpty();

        assertThat(AppHarness.onFx(() -> app.model().export().export(json(), target, unmasked, true))).isTrue();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(target) && !audit(AuditLog.REPORT_EXPORTED).isEmpty());
        assertThat(Files.readString(target)).contains(firstNik(csv));
        assertThat(audit(AuditLog.UNMASK)).singleElement().extracting(AuditEntry::detail)
                .isEqualTo("{\"by\":\"report export\",\"files\":1}");
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(target)));
        assertThat(audit(AuditLog.REPORT_EXPORTED)).singleElement().extracting(AuditEntry::detail).asString()
                .contains("\"masked\":false", "\"format\":\"json\"", sha);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().status().textProperty().get()).contains("UNMASKED").endsWith("(recorded in the audit log)");

        // the chosen language and the unmasked marking reach the report itself
        Path html = dir.resolve("laporan-lengkap.html");
        CaseExporter htmlExporter = app.model().export().exporters().get(0);
        assertThat(htmlExporter.extension()).isEqualTo("html");
        robot.interact(() -> app.model().export().export(htmlExporter, html, new ExportChoice(I18n.INDONESIAN, true), true));
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> audit(AuditLog.REPORT_EXPORTED).size() == 2);
        assertThat(Files.readString(html)).contains("lang=\"id\"", "TIDAK DISAMARKAN", firstNik(csv));
        assertThat(audit(AuditLog.UNMASK)).hasSize(2);
    }

    /** Types the target path into the dialog, picks JSON and the given personal-data choice, and presses OK. */
    private void fillDialog(FxRobot robot, Path target, String personal) {
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        robot.clickOn("#export-format").clickOn("Analysis as JSON");
        robot.clickOn(personal);
        robot.clickOn("#export-file").press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write(target.toString());
        robot.clickOn("#export-ok");
    }

    @Test
    void theDialogDefaultsToMaskedAndAsksBeforeAnUnmaskedExport(FxRobot robot) throws Exception {
        Path csv = importSample(robot);
        robot.press(KeyCode.CONTROL, KeyCode.E).release(KeyCode.E, KeyCode.CONTROL);
        assertThat(robot.lookup("#export-masked").queryAs(javafx.scene.control.RadioButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#export-warning").query().isVisible()).isFalse();
        robot.clickOn("#export-unmasked");
        assertThat(robot.lookup("#export-warning").query().isVisible()).isTrue();
        assertThat(robot.lookup("#export-file").queryAs(TextField.class).getText()).endsWith(".html");
        robot.type(KeyCode.ESCAPE);

        Path refused = dir.resolve("tidak-jadi.json");
        fillDialog(robot, refused, "#export-unmasked");
        DialogPane confirm = robot.lookup(".dialog-pane").match((DialogPane p) -> p.lookup("#export-confirm") != null)
                .queryAs(DialogPane.class);
        assertThat(confirm.getContentText()).startsWith("The report " + refused + " will contain full NIKs")
                .contains("recorded in the audit log");
        robot.clickOn("Cancel");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(refused).doesNotExist();
        assertThat(app.model().status().textProperty().get()).startsWith("Nothing was exported");

        Path masked = dir.resolve("tersamar.json");
        fillDialog(robot, masked, "#export-masked");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(masked));
        assertThat(Files.readString(masked)).doesNotContain(firstNik(csv));

        Path full = dir.resolve("lengkap.json");
        fillDialog(robot, full, "#export-unmasked");
        Node yes = robot.lookup("#export-confirm").query();
        robot.clickOn(yes);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(full) && audit(AuditLog.REPORT_EXPORTED).size() == 2);
        assertThat(Files.readString(full)).contains(firstNik(csv));
        assertThat(audit(AuditLog.UNMASK)).hasSize(1);
        assertThat(audit(AuditLog.REPORT_EXPORTED)).extracting(AuditEntry::detail)
                .anyMatch(d -> d.contains("\"masked\":true") && d.contains("tersamar.json"))
                .anyMatch(d -> d.contains("\"masked\":false") && d.contains("lengkap.json"));
    }
}
