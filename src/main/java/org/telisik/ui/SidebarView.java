package org.telisik.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.telisik.core.model.FileReport;

/**
 * The sidebar tree: cases, the folders their files came from (when several), their evidence files, archive
 * members and datasets, with format icons and error badges; above it a filter by name or type and by error.
 */
public final class SidebarView {
    private static final PseudoClass CLOSED = PseudoClass.getPseudoClass("closed");
    /** Folders with more files than this start folded, so a case of thousands of parts opens as a short list. */
    private static final int FOLDED_ABOVE = 50;
    private final TreeView<SidebarNode> tree = new TreeView<>(new TreeItem<>());
    private final CasesViewModel cases;
    private final I18n i18n;
    private final Map<CaseEntry, TreeItem<SidebarNode>> caseItems = new HashMap<>();
    private final Map<CaseEntry, Runnable> fills = new HashMap<>();
    private final ObjectProperty<SidebarFilter> filter = new SimpleObjectProperty<>(SidebarFilter.NONE);
    private final HBox filterBar;
    private boolean syncing;

    public SidebarView(CasesViewModel cases, I18n i18n) {
        this.cases = cases;
        this.i18n = i18n;
        tree.setShowRoot(false);
        tree.setId("sidebar");
        tree.setCellFactory(t -> new NodeCell());
        this.filterBar = filterBar();
        filter.addListener((obs, before, now) -> fills.values().forEach(Runnable::run));
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

    /** The filter field and the errors-only switch, shown above the tree. */
    public HBox filterNode() {
        return filterBar;
    }

    /** What the tree shows of each case's files. */
    public ObjectProperty<SidebarFilter> filterProperty() {
        return filter;
    }

    private HBox filterBar() {
        TextField text = new TextField();
        text.setId("sidebar-filter");
        CheckBox errors = new CheckBox();
        errors.setId("sidebar-errors-only");
        Runnable label = () -> {
            text.setPromptText(i18n.get("sidebar.filter"));
            errors.setText(i18n.get("sidebar.errorsOnly"));
        };
        label.run();
        i18n.localeProperty().addListener((obs, before, locale) -> label.run());
        Runnable apply = () -> filter.set(new SidebarFilter(text.getText(), errors.isSelected()));
        text.textProperty().addListener((obs, before, now) -> apply.run());
        errors.selectedProperty().addListener((obs, before, now) -> apply.run());
        HBox.setHgrow(text, Priority.ALWAYS);
        HBox bar = new HBox(6, text, errors);
        bar.getStyleClass().add("sidebar-filter");
        return bar;
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
        Runnable fill = () -> item.getChildren().setAll(children(entry));
        fills.put(entry, fill);
        entry.files().addListener((ListChangeListener<FileReport>) change -> {
            fill.run();
            item.setExpanded(true);
            select(cases.selectedProperty().get());
        });
        fill.run();
        item.setExpanded(!entry.files().isEmpty());
        return item;
    }

    /** The files of a case that pass the filter, below their folders when they came from several. */
    private List<TreeItem<SidebarNode>> children(CaseEntry entry) {
        SidebarFilter shown = filter.get();
        List<FileReport> files = shown.isNone() ? entry.files() : entry.files().stream().filter(shown::matches).toList();
        List<SidebarFolders.Group> groups = SidebarFolders.of(files);
        List<TreeItem<SidebarNode>> folders = new ArrayList<>(combinedItems(entry));
        if (groups.size() < 2) {
            files.forEach(f -> folders.add(fileItem(new SidebarNode.FileNode(entry.record(), f))));
            return folders;
        }
        for (SidebarFolders.Group g : groups) {
            FolderItem folder = new FolderItem(new SidebarNode.FolderNode(entry.record(), g.label(), g.files().size(),
                    g.files().stream().anyMatch(FileReport::hasErrorAnywhere)), g);
            folder.setExpanded(g.files().size() <= FOLDED_ABOVE); // a filter that keeps few files opens their folders
            folders.add(folder);
        }
        return folders;
    }

    /** The datasets combined across the case's files ("All parts"), first under the case. */
    private static List<TreeItem<SidebarNode>> combinedItems(CaseEntry entry) {
        return entry.combined().stream().map(d -> new TreeItem<SidebarNode>(new SidebarNode.CombinedNode(entry.record(), d,
                d.files().isEmpty() ? null : entry.files().stream().filter(f -> f.path().equals(d.files().get(0)))
                        .findFirst().orElse(null)))).toList();
    }

    /**
     * A folder whose file rows are made when it is first opened (or searched for a selection), so that a case of
     * 10,000 parts in folded folders costs a row per folder to show.
     */
    private final class FolderItem extends TreeItem<SidebarNode> {
        private final SidebarFolders.Group group;
        private boolean filled;

        FolderItem(SidebarNode.FolderNode node, SidebarFolders.Group group) {
            super(node);
            this.group = group;
        }

        @Override
        public boolean isLeaf() {
            return group.files().isEmpty();
        }

        @Override
        public javafx.collections.ObservableList<TreeItem<SidebarNode>> getChildren() {
            if (!filled) {
                filled = true;
                super.getChildren().setAll(group.files().stream()
                        .map(f -> fileItem(new SidebarNode.FileNode(getValue().owner(), f))).toList());
            }
            return super.getChildren();
        }

        /** True when the node is one of this folder's files, a member of one, or a dataset of one. */
        boolean mayHold(SidebarNode node) {
            String path = node instanceof SidebarNode.FileNode f ? f.report().path()
                    : node instanceof SidebarNode.DatasetNode d ? d.file().path() : null;
            return path != null && group.files().stream().anyMatch(f -> path.startsWith(f.path()));
        }
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
            if (child instanceof FolderItem folder && !folder.mayHold(node)) {
                continue; // its rows need not be made to know the node is elsewhere
            }
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
            setText(node instanceof SidebarNode.CombinedNode c
                    ? i18n.get("sidebar.allParts", c.dataset().files().size(), c.dataset().rows(), c.label())
                    : node.label());
        }
    }
}
