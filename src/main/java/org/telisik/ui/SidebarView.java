package org.telisik.ui;

import java.util.HashMap;
import java.util.Map;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import org.telisik.core.model.FileReport;

/** The sidebar tree: cases, their evidence files, archive members and datasets, with format icons and error badges. */
public final class SidebarView {
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    private final TreeView<SidebarNode> tree = new TreeView<>(new TreeItem<>());
    private final CasesViewModel cases;
    private final I18n i18n;
    private final Map<CaseEntry, TreeItem<SidebarNode>> caseItems = new HashMap<>();
    private boolean syncing;

    public SidebarView(CasesViewModel cases, I18n i18n) {
        this.cases = cases;
        this.i18n = i18n;
        tree.setShowRoot(false);
        tree.setId("sidebar");
        tree.setCellFactory(t -> new NodeCell());
        i18n.localeProperty().addListener((obs, before, locale) -> tree.refresh());
        cases.cases().addListener((ListChangeListener<CaseEntry>) change -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, before, item) -> {
            if (!syncing) {
                cases.selectedProperty().set(item == null ? null : item.getValue());
            }
        });
        cases.selectedProperty().addListener((obs, before, node) -> select(node));
        rebuild();
    }

    public TreeView<SidebarNode> node() {
        return tree;
    }

    private void rebuild() {
        syncing = true;
        tree.getRoot().getChildren().setAll(cases.cases().stream()
                .map(e -> caseItems.computeIfAbsent(e, this::caseItem)).toList());
        syncing = false;
        select(cases.selectedProperty().get());
    }

    private TreeItem<SidebarNode> caseItem(CaseEntry entry) {
        TreeItem<SidebarNode> item = new TreeItem<>(entry.node());
        Runnable fill = () -> item.getChildren().setAll(entry.files().stream()
                .map(f -> fileItem(new SidebarNode.FileNode(entry.record(), f))).toList());
        entry.files().addListener((ListChangeListener<FileReport>) change -> {
            fill.run();
            item.setExpanded(true);
            select(cases.selectedProperty().get());
        });
        fill.run();
        item.setExpanded(!entry.files().isEmpty());
        return item;
    }

    private TreeItem<SidebarNode> fileItem(SidebarNode.FileNode node) {
        TreeItem<SidebarNode> item = new TreeItem<>(node);
        node.children().forEach(child -> item.getChildren().add(child instanceof SidebarNode.FileNode f
                ? fileItem(f) : new TreeItem<>(child)));
        return item;
    }

    /** Follows a selection made by the view model (after an import), without echoing it back. */
    private void select(SidebarNode node) {
        TreeItem<SidebarNode> found = node == null ? null : find(tree.getRoot(), node);
        if (found != null && found != tree.getSelectionModel().getSelectedItem()) {
            syncing = true;
            for (TreeItem<SidebarNode> p = found.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree.getSelectionModel().select(found);
            syncing = false;
        }
    }

    private static TreeItem<SidebarNode> find(TreeItem<SidebarNode> item, SidebarNode node) {
        if (node.equals(item.getValue())) {
            return item;
        }
        for (TreeItem<SidebarNode> child : item.getChildren()) {
            TreeItem<SidebarNode> hit = find(child, node);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }

    private static Label badge(String text, String style) {
        Label badge = new Label(text);
        badge.getStyleClass().add(style);
        return badge;
    }

    /**
     * A row: the format icon, the name, a red badge when something below could not be analysed, an amber
     * one on a case whose last import did not finish, a grey one on a closed case (whose rows are greyed).
     */
    private final class NodeCell extends TreeCell<SidebarNode> {
        @Override
        protected void updateItem(SidebarNode node, boolean empty) {
            super.updateItem(node, empty);
            pseudoClassStateChanged(CLOSED, !empty && node != null && node.closed());
            if (empty || node == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            HBox box = new HBox(6, FormatIcon.of(node.icon()));
            if (node.hasError()) {
                box.getChildren().add(badge("!", "error-badge"));
            }
            if (node.incomplete()) {
                box.getChildren().add(badge("…", "incomplete-badge"));
            }
            if (node instanceof SidebarNode.CaseNode && node.closed()) {
                box.getChildren().add(badge(i18n.get("case.closedBadge"), "closed-badge"));
            }
            setGraphic(box);
            setText(node.label());
        }
    }
}
