package org.telisik.ui;

import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.telisik.app.WorkspaceSession;

/**
 * The window's state: the open workspace, and the view models of its parts (cases, import, profiles,
 * problems). Views bind to these; nothing here knows a control.
 */
public final class MainViewModel implements AutoCloseable {
    private final TaskRunner runner;
    private final I18n i18n;
    private final WorkspaceViewModel workspace;
    private final ObjectProperty<Theme> theme = new SimpleObjectProperty<>(Theme.LIGHT);
    private final ProblemViewModel problems;
    private final CasesViewModel cases;
    private final ImportViewModel imports;
    private final ProfileViewModel profile;
    private final StatusLine status;
    private final ExportViewModel export;
    private final CaseOverviewViewModel overview;
    private final AnnotationsViewModel annotations;
    private final VerifyViewModel verify;
    private final CaseLifecycleViewModel lifecycle;
    private final PreviewViewModel preview;
    private final PortableCaseViewModel portable;

    public MainViewModel(TaskRunner runner, ProblemViewModel problems, I18n i18n, WorkspaceOpener opener) {
        this.runner = runner;
        this.i18n = i18n;
        this.workspace = new WorkspaceViewModel(runner, i18n, opener);
        ReadOnlyObjectProperty<WorkspaceSession> session = workspace.sessionProperty();
        this.problems = problems;
        this.cases = new CasesViewModel(runner, session, i18n);
        this.status = new StatusLine(i18n);
        this.imports = new ImportViewModel(runner, session, cases, problems, status, i18n);
        this.export = new ExportViewModel(runner, session, cases, status, i18n, CaseExporter.reports());
        this.profile = new ProfileViewModel(i18n);
        this.overview = new CaseOverviewViewModel(runner, session, i18n);
        this.annotations = new AnnotationsViewModel(runner, session, cases, profile, i18n);
        this.verify = new VerifyViewModel(runner, session, i18n);
        this.lifecycle = new CaseLifecycleViewModel(runner, session, cases, status, i18n);
        this.preview = new PreviewViewModel(runner, session, i18n);
        this.portable = new PortableCaseViewModel(runner, session, cases, problems, status, i18n);
        cases.selectedProperty().addListener((obs, before, node) -> selected(node));
    }

    private void selected(SidebarNode node) {
        profile.show(node);
        preview.show(node);
        overview.show(node == null ? null : node.owner());
        annotations.show(node == null ? null : node.owner());
        if (node instanceof SidebarNode.CaseNode c) {
            cases.cases().stream().filter(e -> e.record().id().equals(c.record().id()) && !e.loadedProperty().get())
                    .findFirst().ifPresent(e -> cases.loadFiles(e, files -> { }));
        }
    }

    /**
     * File ▸ Compact workspace: gives the space the workspace file no longer uses back to the disk, in the
     * background (the workspace compacts itself on close when that is quick); the sizes go to the status line.
     */
    public void compactWorkspace() {
        WorkspaceSession s = workspace.sessionProperty().get();
        if (s == null) {
            return;
        }
        runner.load(i18n.get("doing.compact"), () -> s.compaction().compact(),
                done -> status.show("compact.done", done.bytesBefore() / 1e6, done.bytesAfter() / 1e6,
                        done.took().toMillis() / 1000.0));
    }

    /** Opens a plain workspace (or one whose passphrase the environment gives) in the background. */
    public void openWorkspace(String override) {
        openWorkspace(override, null);
    }

    /**
     * Opens (or creates) a workspace in the background, then lists its cases.
     *
     * @param passphrase null or empty for a plain workspace; the array is wiped once the workspace is open
     */
    public void openWorkspace(String override, char[] passphrase) {
        workspace.open(override, passphrase, opened -> {
            cases.selectedProperty().set(null);
            cases.reload(() -> { });
        });
    }

    /** Case ▸ Export case / Import case. */
    public PortableCaseViewModel portable() {
        return portable;
    }

    public WorkspaceViewModel workspace() {
        return workspace;
    }

    public ObjectProperty<Theme> themeProperty() {
        return theme;
    }

    public void switchLanguage(Locale locale) {
        i18n.localeProperty().set(I18n.supported(locale));
    }

    public I18n i18n() {
        return i18n;
    }

    public TaskRunner runner() {
        return runner;
    }

    public ProblemViewModel problems() {
        return problems;
    }

    public CasesViewModel cases() {
        return cases;
    }

    public ImportViewModel imports() {
        return imports;
    }

    public StatusLine status() {
        return status;
    }

    public CaseOverviewViewModel overview() {
        return overview;
    }

    /** Rename, close and reopen the selected case. */
    public CaseLifecycleViewModel lifecycle() {
        return lifecycle;
    }

    /** The masked first rows of the selected dataset. */
    public PreviewViewModel preview() {
        return preview;
    }

    public VerifyViewModel verify() {
        return verify;
    }

    public AnnotationsViewModel annotations() {
        return annotations;
    }

    public ExportViewModel export() {
        return export;
    }

    public ProfileViewModel profile() {
        return profile;
    }

    @Override
    public void close() {
        runner.close();
        workspace.close();
    }
}
