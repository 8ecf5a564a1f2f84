package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.RadiologyCsv;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A case imported through the window is exported as the analysis JSON document, masked. */
class ExportCaseTest extends OnTestWorkspace {

    @Test
    void exportedJsonHoldsTheImportedFileWithMaskedNikExamples(FxRobot robot) throws Exception {
        Path csv = dir.resolve("rsud-radiologi.csv");
        RadiologyCsv.write(csv, 120, 5);
        window.importAndShow(robot, csv);
        CaseExporter json = exporter("json");
        assertThat(app.model().export().suggestedName(json)).matches("Case_\\d{4}-\\d{2}-\\d{2}\\.json");

        Path target = dir.resolve("laporan.json");
        robot.interact(() -> app.model().export().export(json, target));
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> Files.exists(target));

        JsonNode doc = new ObjectMapper().readTree(target.toFile());
        assertThat(doc.path("schemaVersion").asInt()).isEqualTo(1);
        JsonNode file = doc.path("files").get(0);
        assertThat(file.path("path").asText()).endsWith("rsud-radiologi.csv");
        JsonNode nik = null;
        for (JsonNode column : file.path("datasets").get(0).path("columns")) {
            if (column.path("name").asText().equals("nik")) {
                nik = column;
            }
        }
        assertThat(nik).isNotNull();
        assertThat(nik.path("examples").get(0).asText()).matches("\\d{4}\\*{8}\\d{4}");
        assertThat(Files.exists(dir.resolve("laporan.json.part"))).isFalse();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(app.model().status().textProperty().get()).startsWith("Exported \"Case ").endsWith(target.toString());
    }

    private CaseExporter exporter(String extension) {
        return app.model().export().exporters().stream().filter(e -> e.extension().equals(extension)).findFirst()
                .orElseThrow();
    }

    @Test
    void htmlAndPdfReportsAreWrittenInTheInterfaceLanguage(FxRobot robot) throws Exception {
        Path csv = dir.resolve("rsud-radiologi.csv");
        RadiologyCsv.write(csv, 80, 6);
        window.importAndShow(robot, csv);
        assertThat(app.model().export().exporters()).extracting(CaseExporter::extension)
                .containsExactly("html", "pdf", "json", "csv");
        robot.interact(() -> app.model().switchLanguage(I18n.INDONESIAN));

        Path html = dir.resolve("laporan.html");
        Path pdf = dir.resolve("laporan.pdf");
        robot.interact(() -> app.model().export().export(exporter("html"), html));
        robot.interact(() -> app.model().export().export(exporter("pdf"), pdf));
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> Files.exists(html) && Files.exists(pdf));

        String page = Files.readString(html);
        assertThat(page).contains("lang=\"id\"").contains("rsud-radiologi.csv").doesNotContainPattern("\\b\\d{16}\\b");
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    }
}
