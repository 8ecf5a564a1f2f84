package org.telisik.ui;

import java.util.List;
import java.util.Optional;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.identity.VisibleText;
import org.telisik.core.model.DatasetPreview;
import org.telisik.core.model.FileReport;

/**
 * The first rows of the selected dataset (the first one of a selected file), as the analysis service hands them
 * out: every cell masked by its column's semantic type. Read in the background; a case analysed before previews
 * were stored says so instead.
 */
public final class PreviewViewModel {
    private final TaskExecutor runner;
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final ObservableList<String> columns = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final ObjectProperty<Message> note = new SimpleObjectProperty<>(Message.NONE);
    private final StringBinding noteText;
    private final I18n i18n;
    private SidebarNode shown;

    public PreviewViewModel(TaskExecutor runner, ReadOnlyObjectProperty<WorkspaceSession> session, I18n i18n) {
        this.runner = runner;
        this.session = session;
        this.i18n = i18n;
        this.noteText = Bindings.createStringBinding(() -> note.get().in(i18n), note, i18n.localeProperty());
    }

    /** Shows the first rows belonging to a sidebar node: a dataset's own, or a file's first dataset's. */
    public void show(SidebarNode node) {
        shown = node;
        columns.clear();
        rows.clear();
        FileReport file;
        int index;
        if (node instanceof SidebarNode.DatasetNode d) {
            file = d.file();
            index = d.file().datasets().indexOf(d.dataset());
        } else if (node instanceof SidebarNode.FileNode f) {
            file = f.report();
            index = 0;
        } else if (node instanceof SidebarNode.CombinedNode c && c.firstPart() != null) {
            file = c.firstPart(); // the combined sample opens with its first part's first rows
            index = 0;
        } else {
            note.set(Message.of("preview.pickFile"));
            return;
        }
        if (file.datasets().isEmpty()) {
            note.set(Message.of("preview.noDatasets", node.label()));
            return;
        }
        String name = VisibleText.line(file.datasets().get(index).name());
        note.set(Message.NONE);
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        String caseId = node.owner().id();
        runner.load(i18n.get("doing.readPreview", name), () -> s.analysis().preview(caseId, file, index), preview -> {
            if (node.equals(shown)) {
                present(preview, name);
            }
        });
    }

    private void present(Optional<DatasetPreview> preview, String datasetName) {
        if (preview.isEmpty()) {
            note.set(Message.of("preview.none", datasetName));
            return;
        }
        // cells come masked from the analysis service; shown, control characters and bidi overrides are escapes
        columns.setAll(preview.get().columns().stream().map(VisibleText::line).toList());
        rows.setAll(preview.get().rows().stream()
                .map(row -> row.stream().map(VisibleText::line).collect(java.util.stream.Collectors.toList())).toList());
        note.set(Message.of("preview.caption", rows.size(), datasetName));
    }

    /** Column names of the shown rows. */
    public ObservableList<String> columns() {
        return columns;
    }

    /** The shown rows, masked; a null cell is a missing value, a short row has no value in its last columns. */
    public ObservableList<List<String>> rows() {
        return rows;
    }

    /** What is shown, or why nothing is, in the current language. */
    public StringBinding noteProperty() {
        return noteText;
    }
}
