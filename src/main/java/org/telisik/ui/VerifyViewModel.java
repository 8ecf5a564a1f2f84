package org.telisik.ui;

import java.util.Arrays;
import java.util.List;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationReport;
import org.telisik.core.model.VerificationWording;

/**
 * Verifies the open workspace's chain of custody in the background (audit chain, stored results, original
 * files and evidence copies) and holds what was found, as {@code telisik verify} prints it, worded in the
 * interface's language.
 */
public final class VerifyViewModel {
    private final TaskExecutor runner;
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final I18n i18n;
    private final ObservableList<VerificationItem> items = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final StringProperty anchors = new SimpleStringProperty("");

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
        List<String> given = Arrays.stream(anchors.get() == null ? new String[0] : anchors.get().trim().split("[\\s,;]+"))
                .filter(a -> !a.isEmpty()).toList();
        for (String anchor : given) {
            if (!VerificationReport.isAuditHash(anchor)) {
                summary.set(i18n.get("verify.badAnchor", anchor));
                return;
            }
        }
        summary.set(i18n.get("verify.running"));
        runner.load(i18n.get("doing.verify"), () -> s.verify(given), this::show);
    }

    /**
     * Audit heads printed in reports or exported cases (separated by spaces or commas), each of which the log must
     * still hold; empty for none.
     */
    public StringProperty anchorsProperty() {
        return anchors;
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

    /** What the item checked, in the interface's language (in English word for word as {@code telisik verify}). */
    public String subject(VerificationItem item) {
        return wording().say(item.subjectMessage());
    }

    /** What holds or does not, in the interface's language. */
    public String detail(VerificationItem item) {
        return wording().say(item.detailMessage());
    }

    /** The outcome's word in the interface's language: HOLDS, BROKEN, NOT_CHECKED; UTUH ... in Indonesian. */
    public String outcome(VerificationItem item) {
        return wording().outcome(item.outcome());
    }

    private VerificationWording wording() {
        return VerificationWording.of(i18n.locale());
    }

    /** Whether everything holds, how many checks failed, and the audit head to cite in a report. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary;
    }
}
