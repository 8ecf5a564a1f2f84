package org.telisik.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import javafx.collections.ListChangeListener;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The detail pane of one column: evidence for its type, its statistics, and a bar chart per distribution. */
public final class ColumnDetailView {
    private final ScrollPane root = new ScrollPane();
    private final ColumnDetailViewModel model;
    private final VBox evidence = new VBox(2);
    private final GridPane facts = new GridPane();
    private final VBox charts = new VBox(8);

    public ColumnDetailView(ColumnDetailViewModel model, I18n i18n) {
        this.model = model;
        Label title = new Label();
        title.setId("detail-title");
        title.getStyleClass().add("detail-title");
        title.textProperty().bind(model.titleProperty());
        Label placeholder = new Label();
        placeholder.textProperty().bind(i18n.text("detail.none"));
        placeholder.visibleProperty().bind(model.presentProperty().not());
        placeholder.managedProperty().bind(placeholder.visibleProperty());
        VBox text = new VBox(10, heading(i18n, "detail.evidence"), evidence, heading(i18n, "detail.stats"), facts);
        text.setMinWidth(260);
        text.setPrefWidth(340);
        HBox.setHgrow(charts, Priority.ALWAYS);
        VBox content = new VBox(10, title, new HBox(24, text, charts));
        content.getStyleClass().add("column-detail");
        content.visibleProperty().bind(model.presentProperty());
        facts.setHgap(12);
        facts.setVgap(2);
        root.setContent(new VBox(placeholder, content));
        root.setFitToWidth(true);
        root.setId("column-detail");
        model.evidence().addListener((ListChangeListener<String>) c -> showEvidence());
        model.facts().addListener((ListChangeListener<ColumnDetailViewModel.Fact>) c -> showFacts());
        model.distributions().addListener((ListChangeListener<ColumnDetailViewModel.Distribution>) c -> showCharts());
    }

    public ScrollPane node() {
        return root;
    }

    private static Label heading(I18n i18n, String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.text(key));
        label.getStyleClass().add("section-heading");
        return label;
    }

    private void showEvidence() {
        evidence.getChildren().setAll(model.evidence().stream().map(e -> {
            Label line = new Label("• " + e);
            line.setWrapText(true);
            return line;
        }).toList());
    }

    private void showFacts() {
        facts.getChildren().clear();
        int row = 0;
        for (ColumnDetailViewModel.Fact fact : model.facts()) {
            Label label = new Label(fact.label());
            label.getStyleClass().add("fact-label");
            facts.addRow(row++, label, new Label(fact.value()));
        }
    }

    private void showCharts() {
        charts.getChildren().setAll(model.distributions().stream().map(ColumnDetailView::chart).toList());
    }

    /** Horizontal bars: value labels (names, exams, lengths) stay readable however long they are. */
    private static BarChart<Number, String> chart(ColumnDetailViewModel.Distribution distribution) {
        NumberAxis x = new NumberAxis();
        CategoryAxis y = new CategoryAxis();
        BarChart<Number, String> chart = new BarChart<>(x, y);
        chart.setTitle(distribution.name());
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setPrefHeight(70 + 26 * distribution.bars().size());
        chart.setMinWidth(260);
        chart.getStyleClass().add("distribution-chart");
        XYChart.Series<Number, String> series = new XYChart.Series<>();
        List<ColumnDetailViewModel.Bar> bars = new ArrayList<>(distribution.bars());
        Collections.reverse(bars); // categories run bottom-up: the first (most frequent) bar ends on top
        bars.forEach(b -> series.getData().add(new XYChart.Data<>(b.value(), b.label())));
        chart.getData().add(series);
        return chart;
    }
}
