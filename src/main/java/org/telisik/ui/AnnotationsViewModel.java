package org.telisik.ui;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.binding.ObjectBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.model.Annotation;
import org.telisik.core.model.AnnotationTarget;
import org.telisik.core.model.CaseRecord;

/**
 * Examiner tags and notes of the selected case. New ones attach to what is selected: the column in the
 * profile table, else the dataset or file in the sidebar. The workspace records each in its audit trail.
 */
public final class AnnotationsViewModel {
    private final TaskExecutor runner;
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final I18n i18n;
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final StringProperty draft = new SimpleStringProperty("");
    private final ObjectBinding<AnnotationTarget> target;
    private CaseRecord shownCase;

    public AnnotationsViewModel(TaskExecutor runner, ReadOnlyObjectProperty<WorkspaceSession> session,
                                CasesViewModel cases, ProfileViewModel profile, I18n i18n) {
        this.runner = runner;
        this.session = session;
        this.i18n = i18n;
        this.target = Bindings.createObjectBinding(() -> targetOf(cases.selectedProperty().get(),
                profile.selectedRowProperty().get()), cases.selectedProperty(), profile.selectedRowProperty());
    }

    private static AnnotationTarget targetOf(SidebarNode node, ColumnRow row) {
        String path = node instanceof SidebarNode.FileNode f ? f.report().path()
                : node instanceof SidebarNode.DatasetNode d ? d.file().path() : null;
        if (path == null) {
            return null;
        }
        if (row != null) {
            return AnnotationTarget.column(path, row.dataset(), row.name());
        }
        return node instanceof SidebarNode.DatasetNode d ? AnnotationTarget.dataset(path, d.dataset().name())
                : AnnotationTarget.file(path);
    }

    /** Shows the tags and notes of a case, read in the background. */
    public void show(CaseRecord record) {
        shownCase = record;
        if (record == null || session.get() == null) {
            annotations.clear();
            return;
        }
        WorkspaceSession s = session.get();
        runner.load(i18n.get("doing.readNotes", CaseLabel.of(record)), () -> s.notes().list(record.id()),
                list -> {
                    if (record.equals(shownCase)) {
                        annotations.setAll(list);
                    }
                });
    }

    public void addTag() {
        add(Annotation.Kind.TAG);
    }

    public void addNote() {
        add(Annotation.Kind.NOTE);
    }

    private void add(Annotation.Kind kind) {
        CaseRecord record = shownCase;
        AnnotationTarget on = target.get();
        String text = draft.get() == null ? "" : draft.get().strip();
        if (record == null || on == null || text.isEmpty()) {
            return;
        }
        WorkspaceSession s = session.get();
        runner.load(i18n.get("doing.addNote", CaseLabel.of(record)),
                () -> s.notes().add(record.id(), kind, on, text), added -> {
                    draft.set("");
                    show(record);
                });
    }

    /** What a new tag or note would be about, as a sentence; empty when nothing annotatable is selected. */
    public String describe(AnnotationTarget on) {
        if (on == null) {
            return i18n.get("notes.pick");
        }
        if (on.finding() != null) {
            return i18n.get("notes.onFinding", on.finding());
        }
        return on.column() != null ? i18n.get("notes.onColumn", on.column(), on.dataset(), on.filePath())
                : on.dataset() != null ? i18n.get("notes.onDataset", on.dataset(), on.filePath())
                : i18n.get("notes.onFile", on.filePath());
    }

    public ObjectBinding<AnnotationTarget> targetProperty() {
        return target;
    }

    public BooleanBinding canAddProperty() {
        return target.isNotNull().and(draft.isNotEmpty());
    }

    public StringProperty draftProperty() {
        return draft;
    }

    public ObservableList<Annotation> annotations() {
        return annotations;
    }
}
