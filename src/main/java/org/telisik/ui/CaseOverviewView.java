package org.telisik.ui;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.Estimate;

/** The authenticity panel and the claim panel of the selected case. */
public final class CaseOverviewView {
    private final CaseOverviewViewModel model;
    private final I18n i18n;

    public CaseOverviewView(CaseOverviewViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    /** The verdict over the table of checks, each with its outcome and the figures behind it. */
    public VBox authenticity() {
        Label verdict = new Label();
        verdict.setId("authenticity-verdict");
        verdict.getStyleClass().add("verdict");
        verdict.textProperty().bind(Bindings.createStringBinding(() -> model.verdictProperty().get().isEmpty() ? ""
                : i18n.get("verdict." + model.verdictProperty().get()), model.verdictProperty(), i18n.localeProperty()));
        model.verdictProperty().addListener((obs, before, now) -> {
            verdict.getStyleClass().removeIf(c -> c.startsWith("verdict-"));
            verdict.getStyleClass().add("verdict-" + now);
        });
        TableView<AuthenticityCheck> checks = new TableView<>(model.checks());
        checks.setId("authenticity-checks");
        checks.placeholderProperty().bind(i18n.text("authenticity.noChecks").map(Label::new));
        checks.getColumns().add(column("authenticity.check", AuthenticityCheck::id, 200));
        TableColumn<AuthenticityCheck, String> outcome = column("authenticity.outcome", AuthenticityCheck::outcome, 90);
        outcome.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeIf(s -> s.startsWith("outcome-"));
                setText(empty || value == null ? null : value.toUpperCase(Locale.ROOT));
                if (!empty && value != null) {
                    getStyleClass().add("outcome-" + value);
                }
            }
        });
        checks.getColumns().add(outcome);
        checks.getColumns().add(column("authenticity.detail", AuthenticityCheck::detail, 560));
        checks.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN); // figures get the room left
        VBox.setVgrow(checks, Priority.ALWAYS);
        // the sample as a whole: how many parts make it, and which files it leaves out and why
        Label parts = new Label();
        parts.setId("combined-parts");
        parts.setWrapText(true);
        parts.textProperty().bind(Bindings.createStringBinding(() -> String.join("\n", model.combinedParts()),
                model.combinedParts()));
        parts.managedProperty().bind(parts.textProperty().isNotEmpty());
        parts.visibleProperty().bind(parts.managedProperty());
        VBox box = new VBox(8, parts, verdict, checks);
        box.getStyleClass().add("panel");
        return box;
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        return column(i18n, key, value, width);
    }

    /** A text column headed by the wording of {@code key}, following the language. */
    static <T> TableColumn<T, String> column(I18n i18n, String key, Function<T, String> value, double width) {
        TableColumn<T, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setPrefWidth(width);
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** The claim as typed, and what it implies for the sample: record range, bytes per record, verdict, arithmetic. */
    public VBox claim() {
        TextField input = new TextField();
        input.setId("claim-input");
        input.promptTextProperty().bind(i18n.text("claim.prompt"));
        input.textProperty().bindBidirectional(model.claimProperty());
        GridPane figures = new GridPane();
        figures.setHgap(12);
        figures.setVgap(4);
        VBox explanation = new VBox(2);
        model.estimateProperty().addListener((obs, before, estimate) -> showEstimate(estimate, figures, explanation));
        i18n.localeProperty().addListener((obs, before, now) ->
                showEstimate(model.estimateProperty().get(), figures, explanation));
        HBox assumptions = new HBox(8, assumption("claim.codec", ClaimAssumptions.Kind.CODEC, model.codecChoiceProperty()),
                assumption("claim.format", ClaimAssumptions.Kind.FORMAT, model.formatChoiceProperty()),
                assumption("claim.table", ClaimAssumptions.Kind.TABLE, model.tableChoiceProperty()));
        VBox box = new VBox(10, input, assumptions, figures, explanation);
        box.getStyleClass().add("panel");
        return box;
    }

    /**
     * A box to change one assumption: its first entry keeps the estimate's own (and names it), the others are the
     * values the estimate offers; a choice is recomputed at once.
     */
    private VBox assumption(String key, ClaimAssumptions.Kind kind, StringProperty chosen) {
        ComboBox<String> box = new ComboBox<>();
        box.setId("claim-" + kind.name().toLowerCase(Locale.ROOT));
        Runnable refill = () -> {
            Estimate e = model.estimateProperty().get();
            List<String> options = ClaimAssumptions.options(e, kind);
            if (!options.equals(box.getItems())) {
                box.getItems().setAll(options);
            }
            box.setConverter(new StringConverter<>() {
                @Override
                public String toString(String value) {
                    return ClaimAssumptions.label(value, kind, e, i18n);
                }

                @Override
                public String fromString(String text) {
                    return text;
                }
            });
            box.setValue(chosen.get());
        };
        refill.run();
        model.estimateProperty().addListener((obs, before, now) -> refill.run());
        i18n.localeProperty().addListener((obs, before, now) -> refill.run());
        box.valueProperty().addListener((obs, before, now) -> {
            if (now != null && !now.equals(chosen.get())) {
                chosen.set(now);
            }
        });
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        return new VBox(2, label, box);
    }

    private void showEstimate(Estimate estimate, GridPane figures, VBox explanation) {
        figures.getChildren().clear();
        explanation.getChildren().clear();
        if (estimate == null) {
            return;
        }
        Label consistency = new Label(i18n.get("consistency." + estimate.consistency()));
        consistency.setId("claim-consistency");
        consistency.getStyleClass().addAll("verdict", "consistency-" + estimate.consistency());
        figures.addRow(0, new Label(i18n.get("claim.verdict")), consistency);
        if (estimate.records() != null) {
            figures.addRow(1, new Label(i18n.get("claim.records")), new Label(String.format(i18n.locale(),
                    "%,d – %,d (%,d)", estimate.records().low(), estimate.records().high(), estimate.records().mid())));
        }
        if (estimate.bytesPerRecord() != null) {
            figures.addRow(2, new Label(i18n.get("claim.bytesPerRecord")),
                    new Label(String.format(i18n.locale(), "%,.1f", estimate.bytesPerRecord().observed())));
        }
        ClaimAssumptions.lines(estimate, i18n.locale()).forEach(line -> {
            Label l = new Label("• " + line);
            l.setWrapText(true);
            explanation.getChildren().add(l);
        });
    }
}
