package org.telisik.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.FileReport;

/**
 * The sidebar tree: cases, the folders their files came from (when several), their evidence files, archive
 * members and datasets, with format icons and error badges; above it a filter by name or type and by error.
 */
public final class SidebarView {
    /** Folders with more files than this start folded, so a case of thousands of parts opens as a short list. */
    private static final int FOLDED_ABOVE = 50;
    private final TreeView<SidebarNode> tree = new TreeView<>(new TreeItem<>());
    private final CasesViewModel cases;
    private final I18n i18n;
    private final Map<CaseEntry, TreeItem<SidebarNode>> caseItems = new HashMap<>();
    private final Map<CaseEntry, Runnable> fills = new HashMap<>();
    private final Map<CaseEntry, Long> tickets = new HashMap<>();
    private final ObjectProperty<SidebarFilter> filter = new SimpleObjectProperty<>(SidebarFilter.NONE);
    private final HBox filterBar;
    private boolean syncing;
    private SidebarNode echoed; // the tree's selection while it is handed to the view model

    public SidebarView(CasesViewModel cases, I18n i18n) {
        this.cases = cases;
        this.i18n = i18n;
        tree.setShowRoot(false);
        tree.setId("sidebar");
        tree.setCellFactory(t -> new SidebarCell(i18n));
        this.filterBar = filterBar();
        filter.addListener((obs, before, now) -> fills.values().forEach(Runnable::run));
        i18n.localeProperty().addListener((obs, before, locale) -> tree.refresh());
        cases.cases().addListener((ListChangeListener<CaseEntry>) change -> rebuild());
        tree.getSelectionModel().selectedItemProperty().addListener((obs, before, item) -> {
            if (!syncing) {
                echoed = item == null ? null : item.getValue();
                try {
                    cases.selectedProperty().set(echoed);
                } finally {
                    echoed = null;
                }
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
        fills.put(entry, () -> arrange(entry, item, false));
        entry.files().addListener((ListChangeListener<FileReport>) change -> arrange(entry, item, true));
        arrange(entry, item, false);
        item.setExpanded(!entry.files().isEmpty());
        return item;
    }

    /**
     * Filters and groups the case's files away from the FX thread, then shows the rows; of several arrangements
     * under way (the analyst types on), only the last one asked for is shown.
     *
     * @param follow true when the files changed: the case opens and the selection is looked for again
     */
    private void arrange(CaseEntry entry, TreeItem<SidebarNode> item, boolean follow) {
        long ticket = tickets.merge(entry, 1L, Long::sum);
        cases.arrange(entry, filter.get(), layout -> rows(entry.record(), layout), rows -> {
            if (tickets.get(entry) != ticket) {
                return;
            }
            item.getChildren().setAll(rows);
            if (follow) {
                item.setExpanded(true);
            }
            select(cases.selectedProperty().get());
        });
    }

    /**
     * The rows of a layout, made on the worker: a folder's file rows are made there too, before it is in the tree
     * and while it is folded. Rows added to an open folder in the window cost the tree's focus model a walk over
     * the folder per row added: quadratic, and most of the FX thread's time when a folder of 1,000 files opened.
     */
    private static List<TreeItem<SidebarNode>> rows(CaseRecord owner, SidebarLayout layout) {
        List<TreeItem<SidebarNode>> rows = new ArrayList<>();
        layout.combined().forEach(c -> rows.add(new TreeItem<>(c)));
        for (SidebarLayout.Folder f : layout.folders()) {
            SidebarItem folder = SidebarItem.folder(f);
            folder.setExpanded(f.files().size() <= FOLDED_ABOVE); // a filter that keeps few files opens their folders
            rows.add(folder);
        }
        layout.loose().forEach(f -> rows.add(SidebarItem.file(new SidebarNode.FileNode(owner, f))));
        return rows;
    }

    /** Follows a selection made by the view model (after an import), without echoing it back. */
    private void select(SidebarNode node) {
        if (node != null && node == echoed) {
            return; // the tree's own selection coming back: no need to look through its rows for it
        }
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
            if (node.equals(child.getValue())) {
                return child;
            }
            if (!SidebarItem.mayHold(child, node)) {
                continue; // no need to walk its rows to know the node is elsewhere
            }
            TreeItem<SidebarNode> hit = find(child, node);
            if (hit != null) {
                return hit;
            }
        }
        return null;
    }
}
