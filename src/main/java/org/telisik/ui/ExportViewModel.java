package org.telisik.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.telisik.workspace.CaseRecord;

/** Exports the selected case as a report file, in the background, never leaving a half-written file behind. */
public final class ExportViewModel {
    private final TaskRunner runner;
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final CasesViewModel cases;
    private final StatusLine status;
    private final I18n i18n;
    private final List<CaseExporter> exporters;
    private final ObjectProperty<Path> written = new SimpleObjectProperty<>();

    public ExportViewModel(TaskRunner runner, ReadOnlyObjectProperty<WorkspaceSession> session, CasesViewModel cases,
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
        SidebarNode node = cases.selectedProperty().get();
        String base = node == null ? "telisik" : node.owner().name().replaceAll("[^\\p{L}\\p{N}._-]+", "_");
        return base + "." + exporter.extension();
    }

    /** Writes the selected case to {@code target} through a temporary file, then tells where it went. */
    public void export(CaseExporter exporter, Path target) {
        SidebarNode node = cases.selectedProperty().get();
        if (node == null || session.get() == null) {
            return;
        }
        CaseRecord record = node.owner();
        WorkspaceSession s = session.get();
        runner.load(i18n.get("doing.export", record.name()), () -> {
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try (OutputStream out = Files.newOutputStream(partial)) {
                exporter.write(s.analysis().load(record), out);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        }, done -> {
            status.show("export.done", record.name(), done);
            written.set(done);
        });
    }

    /** The latest report written, for the window to open it. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written;
    }
}
