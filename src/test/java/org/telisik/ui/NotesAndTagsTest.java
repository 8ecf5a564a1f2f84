package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.Annotation;
import org.telisik.core.model.AnnotationTarget;
import org.telisik.testdata.RadiologyCsv;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Tagging a column and noting a file from the window lands in the workspace, attached to what was selected. */
class NotesAndTagsTest extends OnTestWorkspace {

    @Test
    void tagOnTheSelectedColumnAndNoteOnTheFileAreStored(FxRobot robot) throws Exception {
        Path csv = dir.resolve("sampel-forum.csv");
        RadiologyCsv.write(csv, 60, 21);
        window.importAndShow(robot, csv);
        MainViewModel model = app.model();

        robot.interact(() -> model.profile().selectedRowProperty().set(model.profile().rows().stream()
                .filter(r -> r.name().equals("nik")).findFirst().orElseThrow()));
        robot.clickOn("Notes & tags");
        assertThat(robot.lookup("#notes-target").queryAs(Label.class).getText()).startsWith("On column nik of ");
        robot.clickOn("#notes-draft").write("nik-valid-semua");
        robot.clickOn("#notes-add-tag");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.annotations().annotations().size() == 1);

        robot.interact(() -> model.profile().selectedRowProperty().set(null));
        robot.clickOn("#notes-draft").write("Diterima dari penjual via Telegram, 3 Nov").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.annotations().annotations().size() == 2);

        List<Annotation> stored = AppHarness.onFx(() -> List.copyOf(model.annotations().annotations()));
        String path = stored.get(0).target().filePath();
        assertThat(path).endsWith("sampel-forum.csv");
        assertThat(stored).extracting(Annotation::kind, Annotation::text, Annotation::target).containsExactly(
                tuple(Annotation.Kind.TAG, "nik-valid-semua",
                        AnnotationTarget.column(path, stored.get(0).target().dataset(), "nik")),
                tuple(Annotation.Kind.NOTE, "Diterima dari penjual via Telegram, 3 Nov",
                        AnnotationTarget.file(path)));
        assertThat(robot.lookup("#notes-list .tag-chip").queryAs(Label.class).getText()).isEqualTo("nik-valid-semua");
    }
}
