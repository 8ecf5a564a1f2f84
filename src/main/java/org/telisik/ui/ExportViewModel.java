package org.telisik.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.telisik.core.OwnerOnlyFiles;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.workspace.AuditLog;
import org.telisik.workspace.CaseRecord;

/**
 * Exports the selected case as a report file, in the background, never leaving a half-written file behind;
 * masked by default, unmasked only after a confirmation, every export audited.
 */
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
     * Writes the selected case to {@code target} through a temporary file in the background, records the export
     * (format, language, file, SHA-256, masked or not) in the audit trail, then tells where it went. An unmasked
     * export happens only when the analyst confirmed it; the unmasking itself is audited before the values are
     * read.
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
        runner.load(i18n.get("doing.export", record.name()), () -> {
            CaseAnalysis analysis = choice.unmasked() ? s.analysis().loadUnmasked(record, "report export")
                    : s.analysis().load(record);
            String sha256 = write(exporter, analysis, choice, target);
            s.workspace().audit().append(AuditLog.REPORT_EXPORTED, record.id(), details(exporter, choice, target, sha256));
            return target;
        }, done -> {
            status.show(choice.unmasked() ? "export.doneUnmasked" : "export.done", record.name(), done);
            written.set(done);
        });
        return true;
    }

    /** Writes next to the target and moves into place; a failure leaves no half-written file. Returns the SHA-256. */
    private static String write(CaseExporter exporter, CaseAnalysis analysis, ExportChoice choice, Path target)
            throws IOException {
        Path partial = target.resolveSibling(target.getFileName() + ".part");
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        try (OutputStream out = new DigestOutputStream(OwnerOnlyFiles.create(partial), sha)) {
            exporter.write(analysis, choice, out);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(partial);
            throw e;
        }
        Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
        return HexFormat.of().formatHex(sha.digest());
    }

    private static Map<String, Object> details(CaseExporter exporter, ExportChoice choice, Path target, String sha256) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("format", exporter.extension());
        details.put("language", choice.language().getLanguage());
        details.put("file", target.toAbsolutePath().toString());
        details.put("sha256", sha256);
        details.put("masked", !choice.unmasked());
        details.put("by", "desktop");
        return details;
    }

    /** The latest report written, for the window to open it. */
    public ReadOnlyObjectProperty<Path> writtenProperty() {
        return written;
    }
}
