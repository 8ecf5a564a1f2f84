package org.telisik.ui;

import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.telisik.app.ReportRequest;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.model.CaseRecord;
import org.telisik.report.ReportLanguage;

/**
 * Exports the selected case as a report file, in the background, never leaving a half-written file behind;
 * masked by default, unmasked only after a confirmation, every export audited.
 */
public final class ExportViewModel {
    private final TaskExecutor runner;
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final CasesViewModel cases;
    private final StatusLine status;
    private final I18n i18n;
    private final List<CaseExporter> exporters;
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();

    public ExportViewModel(TaskExecutor runner, ReadOnlyObjectProperty<WorkspaceSession> session, CasesViewModel cases,
                           StatusLine status, I18n i18n, List<CaseExporter> exporters) {
        this.runner = runner;
        this.session = session;
        this.cases = cases;
        this.status = status;
        this.i18n = i18n;
        this.exporters = List.copyOf(exporters);
    }

    public List<CaseExporter> exporters() {
        return exporters;
    }

    /** True while a case (or something in it) is selected. */
    public BooleanBinding availableProperty() {
        return Bindings.isNotNull(cases.selectedProperty());
    }

    /** A file name to suggest: the case's name made safe for any file system. */
    public String suggestedName(CaseExporter exporter) {
        return safeName(cases.selectedProperty().get()) + "." + exporter.extension();
    }

    /** The name of the node's case made safe for any file system; "telisik" without a node. */
    static String safeName(SidebarNode node) {
        return node == null ? "telisik" : node.owner().name().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
    }

    /** Where to suggest writing: next to the last export, else in the home folder, under {@link #suggestedName}. */
    public Path suggestedPath(CaseExporter exporter) {
        Path folder = written.get() != null && written.get().getParent() != null ? written.get().getParent()
                : Path.of(System.getProperty("user.home"));
        return folder.resolve(suggestedName(exporter));
    }

    /** Writes the selected case, masked, in the interface's language (see {@link #export(CaseExporter, Path, ExportChoice, boolean)}). */
    public void export(CaseExporter exporter, Path target) {
        export(exporter, target, ExportChoice.masked(i18n.locale()), false);
    }

    /**
     * Writes the report of the selected case to {@code target} in the background through the application's one
     * report use case (the document {@code telisik report} writes: notes and tags, audit excerpt, overlap with
     * earlier cases, verification), then tells where it went. An unmasked export happens only when the analyst
     * confirmed it; the unmasking itself is audited before the values are read.
     *
     * @param confirmed true once the analyst confirmed the risk of an unmasked export; ignored for a masked one
     * @return false when nothing was started (unmasked without confirmation, no selection, no workspace)
     */
    public boolean export(CaseExporter exporter, Path target, ExportChoice choice, boolean confirmed) {
        SidebarNode node = cases.selectedProperty().get();
        if (node == null || session.get() == null || (choice.unmasked() && !confirmed)) {
            return false;
        }
        CaseRecord record = node.owner();
        WorkspaceSession s = session.get();
        ReportRequest request = new ReportRequest(exporter.format(), ReportLanguage.fromTag(choice.language().getLanguage()),
                choice.unmasked(), true, null, "desktop");
        runner.load(i18n.get("doing.export", CaseLabel.of(record)), () -> s.reports().write(record, request, target).file(),
                done -> {
                    status.show(choice.unmasked() ? "export.doneUnmasked" : "export.done", record.name(), target);
                    written.set(target);
                });
        return true;
    }

    /** The latest report written, for the window to open it. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written;
    }
}
