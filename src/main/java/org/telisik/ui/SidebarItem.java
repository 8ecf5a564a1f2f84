package org.telisik.ui;

import java.util.List;
import java.util.function.Predicate;
import javafx.scene.control.TreeItem;
import org.telisik.core.model.FileReport;

/**
 * A sidebar row of a folder or file with every row below it, made on a worker before the row is in the tree.
 * Rows added to a folder that is already open in the window cost the tree's focus model a walk over the folder
 * for each row added (quadratic: most of the FX thread's time when a folder of 1,000 files opened). Made while
 * folded and out of the tree, they cost the window nothing until shown.
 */
final class SidebarItem extends TreeItem<SidebarNode> {
    private final Predicate<String> holdsPath;

    private SidebarItem(SidebarNode node, Predicate<String> holdsPath, List<TreeItem<SidebarNode>> below) {
        super(node);
        this.holdsPath = holdsPath;
        getChildren().setAll(below);
    }

    /** A folder row over its files. */
    static SidebarItem folder(SidebarLayout.Folder folder) {
        return new SidebarItem(folder.node(), path -> folder.files().stream().anyMatch(f -> path.startsWith(f.path())),
                folder.files().stream().map(f -> file(new SidebarNode.FileNode(folder.node().owner(), f))).toList());
    }

    /** A file row over its archive members and, when it holds several, its datasets. */
    static TreeItem<SidebarNode> file(SidebarNode.FileNode node) {
        FileReport report = node.report();
        return new SidebarItem(node, path -> path.startsWith(report.path()), node.children().stream()
                .map(child -> child instanceof SidebarNode.FileNode f ? file(f) : new TreeItem<>(child)).toList());
    }

    /** True when the node may be below this row: one of its files, a member of one, or a dataset of one. */
    static boolean mayHold(TreeItem<SidebarNode> item, SidebarNode node) {
        if (!(item instanceof SidebarItem row)) {
            return true;
        }
        String path = node instanceof SidebarNode.FileNode f ? f.report().path()
                : node instanceof SidebarNode.DatasetNode d ? d.file().path() : null;
        return path != null && row.holdsPath.test(path);
    }
}
