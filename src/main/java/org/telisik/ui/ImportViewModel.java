package org.telisik.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.FileReport;

/**
 * The import command shared by the file chooser, drag and drop and tests: analyses files and folders into
 * the selected case in the background, with progress and cancel, then shows what was imported.
 */
public final class ImportViewModel {
    private final TaskRunner runner;
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final CasesViewModel cases;
    private final ProblemViewModel problems;
    private final I18n i18n;
    private final DoubleProperty progress = new SimpleDoubleProperty(0);
    private final StatusLine status;
    private final ObjectProperty<Message> finished = new SimpleObjectProperty<>(Message.NONE);
    private AnalysisTask latest;

    public ImportViewModel(TaskRunner runner, ReadOnlyObjectProperty<WorkspaceSession> session, CasesViewModel cases,
                           ProblemViewModel problems, StatusLine status, I18n i18n) {
        this.runner = runner;
        this.session = session;
        this.cases = cases;
        this.problems = problems;
        this.status = status;
        this.i18n = i18n;
    }

    /** Analyses the given files and folders into the case of the current selection (or today's case). */
    public void importPaths(List<Path> paths) {
        if (paths.isEmpty() || session.get() == null) {
            return;
        }
        SidebarNode target = cases.selectedProperty().get();
        if (target != null && target.owner().closed()) {
            // refused before any work starts; the workspace would refuse it too
            status.show("import.closedCase", target.owner().name());
            problems.report(new Problem(i18n.get("import.closedCase", target.owner().name()), ""));
            return;
        }
        String caseName = cases.importTargetName();
        String title = paths.size() == 1 ? i18n.get("import.title.one", paths.get(0).getFileName())
                : i18n.get("import.title.many", paths.size());
        AnalysisTask task = new AnalysisTask(session.get().analysis(), caseName, paths, title);
        latest = task;
        progress.unbind();
        progress.bind(task.progressProperty());
        status.show(paths.size() == 1 ? "import.title.one" : "import.title.many",
                paths.size() == 1 ? paths.get(0).getFileName() : paths.size());
        runner.submit(task, analysis -> finished(task, analysis), error -> failed(task, error), () -> cancelled(task));
    }

    private void finished(AnalysisTask task, CaseAnalysis analysis) {
        long withErrors = analysis.files().stream().filter(FileReport::hasErrorAnywhere).count();
        settle(task, "import.done", analysis.files().size(), withErrors, task.caseName());
        finished.set(Message.of("import.done", analysis.files().size(), withErrors, task.caseName()));
        cases.showImported(task.caseName(), analysis.files());
    }

    private void failed(AnalysisTask task, Throwable error) {
        settle(task, "import.failed");
        problems.report(i18n.get("doing.import", task.caseName()), error);
        cases.showImported(task.caseName(), List.of());
    }

    private void cancelled(AnalysisTask task) {
        settle(task, "import.cancelled");
        cases.showImported(task.caseName(), List.of()); // files finished before the cancel were kept
    }

    /** Ends the progress display, unless a newer import has taken it over meanwhile. */
    private void settle(AnalysisTask task, String key, Object... args) {
        if (task == latest) {
            progress.unbind();
            progress.set(0);
            status.show(key, args);
        }
    }

    /** The latest import that completed, for a notification when the analyst is looking elsewhere. */
    public ReadOnlyObjectProperty<Message> finishedProperty() {
        return finished;
    }

    /** Asks every running import to stop; files already finished stay in the case. */
    public void cancelAll() {
        runner.cancelShown();
    }

    /** Progress of the latest import, 0..1, or -1 while its size is unknown. */
    public DoubleProperty progressProperty() {
        return progress;
    }

    public BooleanBinding runningProperty() {
        return Bindings.isNotEmpty(runner.shownTasks());
    }
}
