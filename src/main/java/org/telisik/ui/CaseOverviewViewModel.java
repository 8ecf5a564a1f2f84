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
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.Estimate;
import org.telisik.workspace.CaseRecord;
import org.telisik.workspace.CaseResults;

/**
 * The case as a whole: the authenticity verdict with each check, and the seller's claim judged live against
 * the sample while the analyst types it (when a {@link ClaimEstimator} is available).
 */
public final class CaseOverviewViewModel {
    private final TaskRunner runner;
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final ClaimEstimator estimator;
    private final I18n i18n;
    private final ObjectProperty<CaseRecord> shownCase = new SimpleObjectProperty<>();
    private final StringProperty verdict = new SimpleStringProperty("");
    private final ObservableList<AuthenticityCheck> checks = FXCollections.observableArrayList();
    private final StringProperty claim = new SimpleStringProperty("");
    private final ObjectProperty<Estimate> estimate = new SimpleObjectProperty<>();
    private final PauseTransition typing = new PauseTransition(Duration.millis(400));

    /** @param estimator null while no claim engine is wired in; the claim panel is then not offered */
    public CaseOverviewViewModel(TaskRunner runner, ReadOnlyObjectProperty<WorkspaceSession> session,
                                 ClaimEstimator estimator, I18n i18n) {
        this.runner = runner;
        this.session = session;
        this.estimator = estimator;
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
            runner.load(i18n.get("doing.readCase", record.name()), () -> stored(s, record),
                    analysis -> showAnalysis(record, analysis));
        }
    }

    /** The case's analysis with the authenticity and estimate the workspace kept for it, where it keeps them. */
    private static CaseAnalysis stored(WorkspaceSession s, CaseRecord record) {
        CaseAnalysis analysis = s.analysis().load(record);
        try {
            CaseResults results = s.workspace().results();
            return new CaseAnalysis(analysis.caseInfo(), analysis.files(), analysis.combined(),
                    results.estimate(record.id()).orElse(analysis.estimate()),
                    results.authenticity(record.id()).orElse(analysis.authenticity()));
        } catch (UnsupportedOperationException e) {
            return analysis; // a workspace without stored results: what the analysis itself says
        }
    }

    private void showAnalysis(CaseRecord record, CaseAnalysis analysis) {
        if (record.equals(shownCase.get())) {
            verdict.set(analysis.authenticity().verdict());
            checks.setAll(analysis.authenticity().checks());
            if (analysis.estimate() != null && estimate.get() == null) {
                estimate.set(analysis.estimate());
            }
        }
    }

    private void estimateNow() {
        CaseRecord record = shownCase.get();
        String text = claim.get() == null ? "" : claim.get().strip();
        if (estimator == null || record == null || text.isEmpty()) {
            return;
        }
        runner.load(i18n.get("doing.estimate"), () -> estimator.estimate(record, text), result -> {
            if (record.equals(shownCase.get()) && text.equals(claim.get().strip())) {
                estimate.set(result);
            }
        });
    }

    public boolean claimsAvailable() {
        return estimator != null;
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
