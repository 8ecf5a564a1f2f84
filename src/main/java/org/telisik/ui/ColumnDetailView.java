package org.telisik.ui;

import java.util.ArrayList;
import java.util.Comparator;
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
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/** The detail pane of one column: evidence for its type, its statistics, and a bar chart per distribution. */
public final class ColumnDetailView {
    private static final int UPRIGHT_FROM = 12;
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
            Label value = new Label(fact.value());
            value.setMinWidth(Region.USE_PREF_SIZE); // figures are never cut; long labels wrap instead
            label.setWrapText(true);
            facts.addRow(row++, label, value);
        }
    }

    private void showCharts() {
        charts.getChildren().setAll(model.distributions().stream().map(ColumnDetailView::chart).toList());
    }

    /**
     * Few bars lie horizontally so that long labels (exams, names) stay readable; many bars (birth years)
     * stand upright so that the chart keeps a sensible height.
     */
    private static XYChart<?, ?> chart(ColumnDetailViewModel.Distribution distribution) {
        List<ColumnDetailViewModel.Bar> bars = new ArrayList<>(distribution.bars());
        XYChart<?, ?> chart;
        if (bars.size() > UPRIGHT_FROM) {
            XYChart.Series<String, Number> series = new XYChart.Series<>();
            bars.forEach(b -> series.getData().add(new XYChart.Data<>(b.label(), b.value())));
            BarChart<String, Number> upright = new BarChart<>(new CategoryAxis(), new NumberAxis());
            upright.getData().add(series);
            upright.setCategoryGap(1);
            upright.setPrefHeight(260);
            chart = upright;
        } else {
            // largest first, and categories run bottom-up: reversed, the largest bar ends on top
            bars.sort(Comparator.comparingDouble(ColumnDetailViewModel.Bar::value));
            XYChart.Series<Number, String> series = new XYChart.Series<>();
            bars.forEach(b -> series.getData().add(new XYChart.Data<>(b.value(), b.label())));
            BarChart<Number, String> lying = new BarChart<>(new NumberAxis(), new CategoryAxis());
            lying.getData().add(series);
            lying.setPrefHeight(70 + 26 * bars.size());
            chart = lying;
        }
        chart.setTitle(distribution.name());
        chart.setLegendVisible(false);
        chart.setAnimated(false);
        chart.setMinWidth(260);
        chart.getStyleClass().add("distribution-chart");
        return chart;
    }
}
