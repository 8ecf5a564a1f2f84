package org.telisik.ui;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.telisik.core.model.DatasetProfile;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.FileReport;

/** The cases of the open workspace, their files, and what the analyst selected in the sidebar. */
public final class CasesViewModel {
    private final TaskExecutor runner;
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final I18n i18n;
    private final ObservableList<CaseEntry> cases = FXCollections.observableArrayList();
    private final ObjectProperty<SidebarNode> selected = new SimpleObjectProperty<>();

    public CasesViewModel(TaskExecutor runner, ReadOnlyObjectProperty<WorkspaceSession> session, I18n i18n) {
        this.runner = runner;
        this.session = session;
        this.i18n = i18n;
    }

    public ObservableList<CaseEntry> cases() {
        return cases;
    }

    public ObjectProperty<SidebarNode> selectedProperty() {
        return selected;
    }

    /** Reads the case list again, keeping the entries (and their loaded files) of cases already shown. */
    public void reload(Runnable then) {
        runner.load(i18n.get("doing.listCases"), () -> session.get().cases().list(), records -> {
            // an entry is kept (with its loaded files) while its case is unchanged; a changed status makes a new one
            // closed cases are listed apart, after the open ones
            List<CaseEntry> next = records.stream().sorted(Comparator.comparing(CaseRecord::closed))
                    .map(r -> find(r.id()).filter(e -> e.record().equals(r)).orElseGet(() -> new CaseEntry(r))).toList();
            cases.setAll(next);
            then.run();
        });
    }

    /** Reads the files of a case from the workspace, then hands them on. */
    public void loadFiles(CaseEntry entry, Consumer<List<FileReport>> then) {
        String caseId = entry.record().id();
        runner.load(i18n.get("doing.readCase", entry.record().name()), () -> new Stored(
                session.get().analysis().files(caseId), session.get().analysis().combined(caseId)), stored -> {
            entry.replaceFiles(stored.files(), stored.combined());
            then.accept(stored.files());
        });
    }

    /**
     * Works out what the sidebar shows of a case's files under a filter, away from the window's thread: filtering
     * and grouping 10,000 files takes longer than a frame. The files are those of the entry now.
     *
     * @param build turns the layout into what the window shows, on the same worker (rows not yet in a tree)
     */
    <R> void arrange(CaseEntry entry, SidebarFilter filter, Function<SidebarLayout, R> build, Consumer<R> then) {
        List<FileReport> files = List.copyOf(entry.files());
        List<DatasetProfile> combined = entry.combined();
        runner.load(i18n.get("doing.readCase", entry.record().name()),
                () -> build.apply(SidebarLayout.of(entry.record(), files, combined, filter)), then);
    }

    private record Stored(List<FileReport> files, List<DatasetProfile> combined) {
    }

    /** Creates a case and selects it; a taken name is reported as a problem. */
    public void createCase(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            return;
        }
        runner.load(i18n.get("doing.createCase", trimmed), () -> session.get().cases().create(trimmed),
                record -> reloadAndSelect(record.id()));
    }

    /** Reads the case list again, then selects the case with this id (a changed case has a new record). */
    public void reloadAndSelect(String caseId) {
        reload(() -> find(caseId).ifPresent(e -> selected.set(e.node())));
    }

    /** The case new imports go into: the one of the selection, or a new case named after today. */
    public String importTargetName() {
        SidebarNode node = selected.get();
        return node != null ? node.owner().name() : i18n.get("case.default", LocalDate.now().toString());
    }

    /** After an import: shows the case's files and selects the first file of that import. */
    public void showImported(String caseName, List<FileReport> imported) {
        reload(() -> cases.stream().filter(e -> e.record().name().equals(caseName)).findFirst()
                .ifPresent(entry -> loadFiles(entry, files -> selectImported(entry.record(), imported, files))));
    }

    private void selectImported(CaseRecord owner, List<FileReport> imported, List<FileReport> files) {
        if (imported.isEmpty()) {
            selected.set(new SidebarNode.CaseNode(owner));
            return;
        }
        String path = imported.get(0).path();
        files.stream().filter(f -> f.path().equals(path)).findFirst()
                .ifPresent(f -> selected.set(new SidebarNode.FileNode(owner, f)));
    }

    private Optional<CaseEntry> find(String id) {
        return cases.stream().filter(e -> e.record().id().equals(id)).findFirst();
    }
}
