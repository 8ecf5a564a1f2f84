package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import org.junit.jupiter.api.Test;
import org.telisik.testdata.PopulationCsv;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** A sample posted in parts shows, under its case, one "All parts" node with the columns of the whole sample. */
class CombinedPartsTest extends OnTestWorkspace {

    @Test
    void thePartsOfASampleAreShownAsOneDatasetWithItsColumnsAndFirstRows(FxRobot robot) throws Exception {
        Path parts = Files.createDirectories(dir.resolve("dukcapil-jabar"));
        for (int i = 1; i <= 3; i++) {
            PopulationCsv.write(parts.resolve("penduduk_part0" + i + ".csv"), 30, i, ',');
        }
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
