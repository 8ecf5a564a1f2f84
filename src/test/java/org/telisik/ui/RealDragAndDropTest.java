package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DragEvent;
import javafx.scene.input.Dragboard;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.VBox;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.FileReport;
import org.telisik.testdata.RadiologyCsv;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A real drag gesture, headless. The mouse (the glass robot) presses on a drag source, moves, and lets go over
 * the profile table; Monocle runs its in-process drag and drop, so the window's own DRAG_OVER and DRAG_DROPPED
 * handlers ({@link FileDrop#install}) receive toolkit DragEvents whose Dragboard holds the files. Monocle keeps
 * the mouse grabbed by the window where the button went down, so a drag from another window (a file manager)
 * cannot be simulated headless: the source is a label placed in the Telisik window itself for the test.
 */
class RealDragAndDropTest extends OnTestWorkspace {

    @Test
    void filesDraggedWithTheMouseAndDroppedOnTheWindowAreImported(FxRobot robot) throws Exception {
        Path csv = dir.resolve("dragged-sample.csv");
        RadiologyCsv.write(csv, 60, 31);
        window.awaitWorkspace();
        List<String> seen = new CopyOnWriteArrayList<>();
        robot.interact(() -> {
            Label source = new Label("dragged-sample.csv");
            source.setId("drag-source");
            source.setMinSize(200, 30);
            source.setOnDragDetected(e -> {
                Dragboard board = source.startDragAndDrop(TransferMode.COPY);
                ClipboardContent content = new ClipboardContent();
                content.putFiles(List.of(csv.toFile()));
                board.setContent(content);
                e.consume();
            });
            ((VBox) ((BorderPane) app.window().scene().getRoot()).getTop()).getChildren().add(source);
            app.window().scene().addEventFilter(DragEvent.ANY, e -> seen.add(e.getEventType().getName()));
            source.setOnDragDone(e -> seen.add("DONE " + e.getTransferMode()));
        });

        robot.drag("#drag-source").moveBy(30, 30).moveTo("#profile-table").drop();

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !app.model().profile().rows().isEmpty());
        // the toolkit delivered the whole gesture; Monocle reports the finished transfer as MOVE whatever was accepted
        assertThat(seen).contains("DRAG_ENTERED", "DRAG_OVER", "DRAG_DROPPED").anyMatch(s -> s.startsWith("DONE "));
        assertThat(app.model().profile().rows()).extracting(ColumnRow::name).containsAll(RadiologyCsv.HEADER);
        assertThat(AppHarness.onFx(() -> app.model().cases().cases().get(0).files().stream().map(FileReport::path).toList()))
                .containsExactly(csv.toString());
    }
}
