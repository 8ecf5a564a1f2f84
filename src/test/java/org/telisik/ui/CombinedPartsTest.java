package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.PopulationCsv;
import org.telisik.testdata.RadiologyCsv;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A sample posted in parts shows, under its case, one "All parts" node with the columns and first rows of the
 * whole sample; the case overview says how many parts were combined and names the file that did not fit, masked.
 */
class CombinedPartsTest extends OnTestWorkspace {

    @Test
    void thePartsOfASampleAreShownAsOneDatasetWithItsColumnsAndFirstRows(FxRobot robot) throws Exception {
        Path parts = PopulationCsv.writeParts(dir.resolve("dukcapil-jabar"), 3, 30);
        RadiologyCsv.write(parts.resolve("rujukan_3204110101900001.csv"), 20, 4);
        window.importAndShow(robot, parts);
        TreeView<SidebarNode> tree = robot.lookup("#sidebar").queryAs(TreeView.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> combinedItem(tree) != null));
        TreeItem<SidebarNode> all = AppHarness.onFx(() -> combinedItem(tree));
        SidebarNode.CombinedNode node = (SidebarNode.CombinedNode) all.getValue();
        assertThat(node.dataset().rows()).isEqualTo(90);
        assertThat(node.dataset().files()).hasSize(3);
        assertThat(node.firstPart()).isNotNull();

        robot.interact(() -> tree.getSelectionModel().select(all));
        WaitForAsyncUtils.waitForFxEvents();
        I18n i18n = app.model().i18n();
        assertThat(AppHarness.onFx(() -> app.model().profile().captionProperty().get()))
                .startsWith(i18n.get("sidebar.allParts", 3, 90, node.label()));
        assertThat(AppHarness.onFx(() -> app.model().profile().rows().stream().map(r -> r.profile().name()).toList()))
                .containsExactlyElementsOf(PopulationCsv.HEADER);
        assertThat(AppHarness.onFx(() -> app.model().profile().rows().get(0).profile().examples()))
                .isNotEmpty().allSatisfy(e -> assertThat(e).contains("*"));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> !app.model().preview().rows().isEmpty()));

        robot.interact(() -> robot.lookup("#detail-tabs").queryAs(javafx.scene.control.TabPane.class).getSelectionModel()
                .select(2)); // Authenticity: the case overview
        Label overview = robot.lookup("#combined-parts").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> AppHarness.onFx(() -> !overview.getText().isEmpty()));
        String said = AppHarness.onFx(overview::getText);
        assertThat(said).startsWith(i18n.get("overview.combined", 3, 90, node.label()))
                .contains(i18n.get("overview.misfits", 1), "rujukan_3204********0001.csv", i18n.get("misfit.different-columns"));
        assertThat(AppHarness.onFx(overview::isVisible)).isTrue();
    }

    private static TreeItem<SidebarNode> combinedItem(TreeView<SidebarNode> tree) {
        for (TreeItem<SidebarNode> c : tree.getRoot().getChildren()) {
            for (TreeItem<SidebarNode> child : c.getChildren()) {
                if (child.getValue() instanceof SidebarNode.CombinedNode) {
                    return child;
                }
            }
        }
        return null;
    }
}
