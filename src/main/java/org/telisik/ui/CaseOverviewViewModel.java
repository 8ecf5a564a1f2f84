package org.telisik.ui;

import java.util.List;
import javafx.animation.PauseTransition;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.util.Duration;
import org.telisik.app.WorkspaceSession;
import org.telisik.core.identity.VisibleText;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.Estimate;

/**
 * The case as a whole: the authenticity verdict with each check, and the seller's claim judged live against
 * the sample while the analyst types it; the stored estimate of the claim given at import shows first.
 */
public final class CaseOverviewViewModel {
    private final TaskExecutor runner;
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final I18n i18n;
    private final ObjectProperty<CaseRecord> shownCase = new SimpleObjectProperty<>();
    private final StringProperty verdict = new SimpleStringProperty("");
    private final ObservableList<AuthenticityCheck> checks = FXCollections.observableArrayList();
    private final StringProperty claim = new SimpleStringProperty("");
    private final ObjectProperty<Estimate> estimate = new SimpleObjectProperty<>();
    private final PauseTransition typing = new PauseTransition(Duration.millis(400));

    public CaseOverviewViewModel(TaskExecutor runner, ReadOnlyObjectProperty<WorkspaceSession> session, I18n i18n) {
        this.runner = runner;
        this.session = session;
        this.i18n = i18n;
        typing.setOnFinished(e -> estimateNow());
        claim.addListener((obs, before, text) -> typing.playFromStart());
    }

    /**
     * Shows a case (or nothing), reading its stored analysis again in the background so that files imported
     * meanwhile count; the estimate of a claim stays while the case stays the same.
     */
    public void show(CaseRecord record) {
        if (record == null || !record.equals(shownCase.get())) {
            estimate.set(null);
            checks.clear();
            verdict.set("");
        }
        shownCase.set(record);
        if (record != null && session.get() != null) {
            WorkspaceSession s = session.get();
            runner.load(i18n.get("doing.readCase", record.name()), () -> s.analysis().load(record),
                    analysis -> showAnalysis(record, analysis));
        }
    }

    private void showAnalysis(CaseRecord record, CaseAnalysis analysis) {
        if (record.equals(shownCase.get())) {
            verdict.set(analysis.authenticity().verdict());
            checks.setAll(analysis.authenticity().checks().stream().map(c -> new AuthenticityCheck(c.id(), c.outcome(),
                    VisibleText.line(c.detail()))).toList());
            if (analysis.estimate() != null && estimate.get() == null) {
                estimate.set(analysis.estimate());
            }
        }
    }

    private void estimateNow() {
        CaseRecord record = shownCase.get();
        String text = claim.get() == null ? "" : claim.get().strip();
        WorkspaceSession s = session.get();
        if (s == null || record == null || text.isEmpty()) {
            return;
        }
        runner.load(i18n.get("doing.estimate"), () -> s.analysis().estimate(record, text), result -> {
            if (record.equals(shownCase.get()) && text.equals(claim.get().strip())) {
                estimate.set(result);
            }
        });
    }

    /** Authenticity verdict id (consistent, suspicious, likely_fabricated, insufficient_data); empty while none. */
    public StringProperty verdictProperty() {
        return verdict;
    }

    public ObservableList<AuthenticityCheck> checks() {
        return checks;
    }

    public StringProperty claimProperty() {
        return claim;
    }

    public ReadOnlyObjectProperty<Estimate> estimateProperty() {
        return estimate;
    }
}
