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
import org.telisik.core.model.Attribution;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.EstimateChoice;
import org.telisik.core.model.Timeline;

/**
 * The case as a whole: the authenticity verdict with each check, and the seller's claim judged live against
 * the sample while the analyst types it; the stored estimate of the claim given at import shows first; the
 * candidate source systems and the timeline.
 */
public final class CaseOverviewViewModel {
    private final TaskExecutor runner;
    private final ReadOnlyObjectProperty<WorkspaceSession> session;
    private final I18n i18n;
    private final ObjectProperty<CaseRecord> shownCase = new SimpleObjectProperty<>();
    private final StringProperty verdict = new SimpleStringProperty("");
    private final ObservableList<AuthenticityCheck> checks = FXCollections.observableArrayList();
    private List<AuthenticityCheck> storedChecks = List.of();   // as the engine wrote them (masked), for rewording
    private final StringProperty claim = new SimpleStringProperty("");
    private final ObjectProperty<Estimate> estimate = new SimpleObjectProperty<>();
    private final StringProperty codecChoice = new SimpleStringProperty(ClaimAssumptions.AUTOMATIC);
    private final StringProperty formatChoice = new SimpleStringProperty(ClaimAssumptions.AUTOMATIC);
    private final StringProperty tableChoice = new SimpleStringProperty(ClaimAssumptions.AUTOMATIC);
    private final ObservableList<Attribution> attribution = FXCollections.observableArrayList();
    private final ObjectProperty<Timeline> timeline = new SimpleObjectProperty<>();
    private final ObservableList<String> combinedParts = FXCollections.observableArrayList();
    private final PauseTransition typing = new PauseTransition(Duration.millis(400));

    public CaseOverviewViewModel(TaskExecutor runner, ReadOnlyObjectProperty<WorkspaceSession> session, I18n i18n) {
        this.runner = runner;
        this.session = session;
        this.i18n = i18n;
        typing.setOnFinished(e -> estimateNow());
        claim.addListener((obs, before, text) -> typing.playFromStart());
        // a changed assumption is recomputed at once: the sample's measurements are kept by the service
        List.of(codecChoice, formatChoice, tableChoice).forEach(p -> p.addListener((obs, before, now) -> estimateNow()));
        // the overview's sentences are made in the analyst's language: shown again (from the service's kept case)
        i18n.localeProperty().addListener((obs, before, now) -> show(shownCase.get()));
    }

    /**
     * Shows a case (or nothing), reading its stored analysis again in the background so that files imported
     * meanwhile count; the estimate of a claim stays while the case stays the same.
     */
    public void show(CaseRecord record) {
        if (record == null || !record.equals(shownCase.get())) {
            estimate.set(null);
            codecChoice.set(ClaimAssumptions.AUTOMATIC);
            formatChoice.set(ClaimAssumptions.AUTOMATIC);
            tableChoice.set(ClaimAssumptions.AUTOMATIC);
            storedChecks = List.of();
            checks.clear();
            verdict.set("");
            attribution.clear();
            timeline.set(null);
            combinedParts.clear();
        }
        shownCase.set(record);
        if (record != null && session.get() != null) {
            WorkspaceSession s = session.get();
            runner.load(i18n.get("doing.readCase", CaseLabel.of(record)), () -> s.analysis().load(record),
                    analysis -> showAnalysis(record, analysis));
        }
    }

    private void showAnalysis(CaseRecord record, CaseAnalysis analysis) {
        if (record.equals(shownCase.get())) {
            verdict.set(analysis.authenticity().verdict());
            storedChecks = analysis.authenticity().checks().stream().map(c -> new AuthenticityCheck(c.id(), c.outcome(),
                    VisibleText.line(c.detail()))).toList();
            checks.setAll(CheckDetails.in(i18n.locale(), storedChecks));
            attribution.setAll(analysis.attribution());
            timeline.set(analysis.timeline());
            combinedParts.setAll(CombinedPartsText.lines(analysis, i18n));
            if (analysis.estimate() != null && estimate.get() == null) {
                estimate.set(analysis.estimate());
            }
        }
    }

    private void estimateNow() {
        CaseRecord record = shownCase.get();
        String typed = claim.get() == null ? "" : claim.get().strip();
        // the claim given at import, when the analyst changes an assumption before typing one
        String text = typed.isEmpty() && estimate.get() != null ? estimate.get().claim().text() : typed;
        WorkspaceSession s = session.get();
        if (s == null || record == null || text == null || text.isBlank()) {
            return;
        }
        EstimateChoice choice = ClaimAssumptions.choice(codecChoice.get(), formatChoice.get(), tableChoice.get());
        runner.load(i18n.get("doing.estimate"), () -> s.analysis().estimate(record, text, choice), result -> {
            if (record.equals(shownCase.get()) && typed.equals(claim.get().strip())
                    && choice.equals(ClaimAssumptions.choice(codecChoice.get(), formatChoice.get(), tableChoice.get()))) {
                estimate.set(result);
            }
        });
    }

    /** How many parts were combined, and each file that did not fit with its reason; empty when none were. */
    public ObservableList<String> combinedParts() {
        return combinedParts;
    }

    /** Authenticity verdict id (consistent, suspicious, likely_fabricated, insufficient_data); empty while none. */
    public StringProperty verdictProperty() {
        return verdict;
    }

    /** The shown case's checks, their details in the interface's language (as the report of that language says them). */
    public ObservableList<AuthenticityCheck> checks() {
        return checks;
    }

    /** Candidate source systems of the shown case, best first; empty when none fits. */
    public ObservableList<Attribution> attribution() {
        return attribution;
    }

    /** The shown case's timeline; null when its data holds no date. */
    public ReadOnlyObjectProperty<Timeline> timelineProperty() {
        return timeline;
    }

    public StringProperty claimProperty() {
        return claim;
    }

    public ReadOnlyObjectProperty<Estimate> estimateProperty() {
        return estimate;
    }

    /** The codec the analyst chose instead of the claim's ({@link ClaimAssumptions#AUTOMATIC} for none). */
    public StringProperty codecChoiceProperty() {
        return codecChoice;
    }

    public StringProperty formatChoiceProperty() {
        return formatChoice;
    }

    public StringProperty tableChoiceProperty() {
        return tableChoice;
    }
}
