package org.telisik.ui;

import java.nio.file.Path;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.concurrent.Task;
import org.telisik.app.CaseArchive;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.model.CaseRecord;

/**
 * Case ▸ Export case / Import case: moves a case to or from another workspace as one archive, in the background
 * with a progress bar in the task list. The application audits both directions; an import is all or nothing, and
 * a refused archive is reported with the reason.
 */
public final class PortableCaseViewModel {
    private final TaskRunner runner;
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final CasesViewModel cases;
    private final ProblemViewModel problems;
    private final StatusLine status;
    private final I18n i18n;

    public PortableCaseViewModel(TaskRunner runner, ReadOnlyObjectProperty<WorkspaceSession> session, CasesViewModel cases,
                                 ProblemViewModel problems, StatusLine status, I18n i18n) {
        this.runner = runner;
        this.session = session;
        this.cases = cases;
        this.problems = problems;
        this.status = status;
        this.i18n = i18n;
    }

    /** True while a case (or something in it) is selected. */
    public BooleanBinding exportableProperty() {
        return Bindings.isNotNull(cases.selectedProperty());
    }

    /** The selected case's name made safe for any file system, as a case archive. */
    public String suggestedName() {
        return ExportViewModel.safeName(cases.selectedProperty().get()) + ".telisik.zip";
    }

    /** @return false when nothing was started (no selection, no workspace) */
    public boolean exportCase(Path archive) {
        SidebarNode node = cases.selectedProperty().get();
        WorkspaceSession s = session.get();
        if (node == null || s == null) {
            return false;
        }
        CaseRecord record = node.owner();
        Task<CaseArchive> task = transfer(i18n.get("portable.exporting", CaseLabel.of(record)),
                progress -> s.portable().exportCase(record.id(), archive, progress));
        runner.submit(task, written -> status.show("portable.exported", record.name(), written.archive()),
                error -> problems.report(i18n.get("doing.exportCase", CaseLabel.of(record)), error), () -> { });
        return true;
    }

    /** @return false when no workspace is open */
    public boolean importCase(Path archive) {
        WorkspaceSession s = session.get();
        if (s == null) {
            return false;
        }
        Task<CaseRecord> task = transfer(i18n.get("portable.importing", archive.getFileName()),
                progress -> s.portable().importCase(archive, progress));
        runner.submit(task, imported -> {
            status.show("portable.imported", imported.name(), archive);
            cases.reloadAndSelect(imported.id());
        }, error -> problems.report(i18n.get("doing.importCase", archive.getFileName()), error), () -> { });
        return true;
    }

    private static <T> Task<T> transfer(String title, Function<DoubleConsumer, T> work) {
        return new TransferTask<>(title, work);
    }

    /** A case moving in or out, its share done shown in the task list. */
    private static final class TransferTask<T> extends Task<T> {
        private final Function<DoubleConsumer, T> work;

        TransferTask(String title, Function<DoubleConsumer, T> work) {
            this.work = work;
            updateTitle(title);
        }

        @Override
        protected T call() {
            return work.apply(done -> updateProgress(done, 1)); // Task's update methods may be called from any thread
        }
    }
}
