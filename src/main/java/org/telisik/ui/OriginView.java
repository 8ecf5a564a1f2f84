package org.telisik.ui;

import java.util.function.Function;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.telisik.core.model.Attribution;
import org.telisik.core.model.Timeline;

/**
 * Where the selected case's data came from and as of when: the candidate systems with their score and tables,
 * then the day the data was extracted on or after, the newest dated identifier, the claimed date and the span
 * of each event-date column.
 */
public final class OriginView {
    private final CaseOverviewViewModel model;
    private final I18n i18n;

    public OriginView(CaseOverviewViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
    }

    public VBox node() {
        TableView<Attribution> systems = new TableView<>(model.attribution());
        systems.setId("attribution-systems");
        systems.placeholderProperty().bind(i18n.text("origin.noSystem").map(Label::new));
        systems.getColumns().add(column("origin.system", Attribution::name, 260));
        systems.getColumns().add(column("origin.version", a -> a.version() == null ? "" : a.version(), 200));
        systems.getColumns().add(column("origin.score", a -> String.format(i18n.locale(), "%.1f%%", a.score() * 100), 90));
        systems.getColumns().add(column("origin.tables", a -> a.matchedTables().stream()
                .map(m -> m.sample() + (m.sample().equals(m.schema()) ? "" : " → " + m.schema())
                        + " (" + m.columnsMatched() + "/" + m.columnsInSample() + ")").reduce((x, y) -> x + ", " + y).orElse(""), 400));
        systems.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        systems.setPrefHeight(150);
        GridPane when = new GridPane();
        when.setId("timeline-figures");
        when.setHgap(12);
        when.setVgap(4);
        TableView<Timeline.EventRange> events = new TableView<>();
        events.setId("timeline-events");
        events.placeholderProperty().bind(i18n.text("origin.noDates").map(Label::new));
        events.getColumns().add(column("origin.dataset", Timeline.EventRange::dataset, 200));
        events.getColumns().add(column("origin.column", Timeline.EventRange::column, 160));
        events.getColumns().add(column("origin.oldest", Timeline.EventRange::oldest, 110));
        events.getColumns().add(column("origin.newest", Timeline.EventRange::newest, 110));
        events.getColumns().add(column("origin.count", e -> String.format(i18n.locale(), "%,d", e.count()), 100));
        VBox.setVgrow(events, Priority.ALWAYS);
        model.timelineProperty().addListener((obs, before, t) -> showTimeline(t, when, events));
        i18n.localeProperty().addListener((obs, before, now) -> showTimeline(model.timelineProperty().get(), when, events));
        model.attribution().addListener((ListChangeListener<Attribution>) c -> systems.refresh());
        Label systemsTitle = new Label();
        systemsTitle.textProperty().bind(i18n.text("origin.systems"));
        Label timelineTitle = new Label();
        timelineTitle.textProperty().bind(i18n.text("origin.timeline"));
        systemsTitle.getStyleClass().add("section-title");
        timelineTitle.getStyleClass().add("section-title");
        VBox box = new VBox(8, systemsTitle, systems, timelineTitle, when, events);
        box.getStyleClass().add("panel");
        return box;
    }

    private void showTimeline(Timeline t, GridPane when, TableView<Timeline.EventRange> events) {
        when.getChildren().clear();
        events.getItems().setAll(t == null ? java.util.List.of() : t.events());
        if (t == null) {
            return;
        }
        Label extracted = new Label(t.extractedOnOrAfter() == null ? "–" : t.extractedOnOrAfter());
        extracted.setId("timeline-extracted");
        when.addRow(0, new Label(i18n.get("origin.extracted")), extracted);
        when.addRow(1, new Label(i18n.get("origin.newestIdentifier")), new Label(t.newestIdentifier() == null ? "–"
                : t.newestIdentifier().value() + "  (" + t.newestIdentifier().dataset() + "." + t.newestIdentifier().column() + ")"));
        Label consistency = new Label(t.claimedDate() == null ? "–"
                : t.claimedDate() + ": " + i18n.get("consistency." + t.consistency()));
        consistency.getStyleClass().addAll("verdict", "consistency-" + t.consistency());
        when.addRow(2, new Label(i18n.get("origin.claimed")), consistency);
    }

    private <T> TableColumn<T, String> column(String key, Function<T, String> value, double width) {
        return CaseOverviewView.column(i18n, key, value, width);
    }
}
