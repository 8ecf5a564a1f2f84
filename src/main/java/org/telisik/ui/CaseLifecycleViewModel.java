package org.telisik.ui;

import java.util.function.BiPredicate;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyObjectProperty;
import org.telisik.app.CaseBook;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.model.CaseRecord;

/**
 * Renaming, closing, reopening and deleting the case of the sidebar selection. Each change goes to the workspace in the
 * background (which audits it), then the case list is read again with the changed case selected.
 */
public final class CaseLifecycleViewModel {
    private final TaskExecutor runner;
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final CasesViewModel cases;
    private final StatusLine status;
    private final I18n i18n;

    public CaseLifecycleViewModel(TaskExecutor runner, ReadOnlyObjectProperty<WorkspaceSession> session,
                                  CasesViewModel cases, StatusLine status, I18n i18n) {
        this.runner = runner;
        this.session = session;
        this.cases = cases;
        this.status = status;
        this.i18n = i18n;
    }

    /** The case of the selection, or null. */
    public CaseRecord selectedCase() {
        SidebarNode node = cases.selectedProperty().get();
        return node == null ? null : node.owner();
    }

    /** True while the selection belongs to an open case. */
    public BooleanBinding closableProperty() {
        return Bindings.createBooleanBinding(() -> selectedCase() != null && !selectedCase().closed(),
                cases.selectedProperty());
    }

    /** True while the selection belongs to a closed case. */
    public BooleanBinding reopenableProperty() {
        return Bindings.createBooleanBinding(() -> selectedCase() != null && selectedCase().closed(),
                cases.selectedProperty());
    }

    /** True while a case is selected (what Delete case acts on). */
    public BooleanBinding deletableProperty() {
        return Bindings.createBooleanBinding(() -> selectedCase() != null, cases.selectedProperty());
    }

    /**
     * Deletes the selected case once {@code confirm} agrees: its file count is read in the background first, so that
     * the confirmation names the case and how many files go with it; then the deletion runs in the background (one
     * audited transaction) and the case list is read again with nothing selected.
     *
     * @param confirm asked on the window's thread with the case and its file count; false deletes nothing
     */
    public void delete(BiPredicate<CaseRecord, Integer> confirm) {
        CaseRecord record = selectedCase();
        WorkspaceSession s = session.get();
        if (record == null || s == null) {
            return;
        }
        runner.load(i18n.get("doing.readCase", CaseLabel.of(record)), () -> s.deletion().fileCount(record.id()), count -> {
            if (!confirm.test(record, count)) {
                status.show("case.deleteCancelled", record.name());
                return;
            }
            runner.load(i18n.get("doing.deleteCase", CaseLabel.of(record)), () -> s.deletion().delete(record.id()), done -> {
                status.show("case.deleted", done.name(), done.files());
                cases.selectedProperty().set(null);
                cases.reload(() -> { });
            });
        });
    }

    /** Gives the selected case a new name; a blank name or the same name changes nothing. */
    public void rename(String newName) {
        CaseRecord record = selectedCase();
        String clean = newName == null ? "" : newName.strip();
        if (record == null || clean.isEmpty() || clean.equals(record.name())) {
            return;
        }
        change(record, "doing.renameCase", "case.renamed", r -> r.rename(record.id(), clean));
    }

    public void close() {
        CaseRecord record = selectedCase();
        if (record != null && !record.closed()) {
            change(record, "doing.closeCase", "case.closed", r -> r.close(record.id()));
        }
    }

    public void reopen() {
        CaseRecord record = selectedCase();
        if (record != null && record.closed()) {
            change(record, "doing.reopenCase", "case.reopened", r -> r.reopen(record.id()));
        }
    }

    private void change(CaseRecord record, String doing, String done, Function<CaseBook, CaseRecord> action) {
        WorkspaceSession s = session.get();
        if (s == null) {
            return;
        }
        runner.load(i18n.get(doing, CaseLabel.of(record)), () -> action.apply(s.cases()), changed -> {
            status.show(done, record.name(), changed.name());
            cases.reloadAndSelect(changed.id());
        });
    }
}
