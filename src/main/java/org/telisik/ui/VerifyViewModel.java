package org.telisik.ui;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationReport;

/**
 * Verifies the open workspace's chain of custody in the background (audit chain, stored results, original
 * files and evidence copies) and holds what was found, as {@code telisik verify} prints it.
 */
public final class VerifyViewModel {
    private final TaskExecutor runner;
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final I18n i18n;
    private final ObservableList<VerificationItem> items = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");

    public VerifyViewModel(TaskExecutor runner, ReadOnlyObjectProperty<WorkspaceSession> session, I18n i18n) {
        this.runner = runner;
        this.session = session;
        this.i18n = i18n;
    }

    public void verify() {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        items.clear();
        summary.set(i18n.get("verify.running"));
        runner.load(i18n.get("doing.verify"), s::verify, this::show);
    }

    private void show(VerificationReport report) {
        items.setAll(report.items());
        String head = report.auditHead() == null ? "" : " " + i18n.get("verify.head", report.auditHead());
        summary.set((report.allHold() ? i18n.get("verify.holds")
                : i18n.get("verify.broken", report.broken().size())) + head);
    }

    public ObservableList<VerificationItem> items() {
        return items;
    }

    /** Whether everything holds, how many checks failed, and the audit head to cite in a report. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
