package org.telisik.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Shows the current problem as one short sentence across the window, with the technical details folded away. */
public final class ProblemBanner {
    private final VBox root = new VBox(4);

    public ProblemBanner(ProblemViewModel problems, I18n i18n) {
        Label summary = new Label();
        summary.setId("problem-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("problem-summary");
        Button dismiss = new Button();
        dismiss.setId("problem-dismiss");
        dismiss.textProperty().bind(i18n.text("problem.dismiss"));
        dismiss.setOnAction(e -> problems.dismiss());
        HBox line = new HBox(8, summary, dismiss);
        HBox.setHgrow(summary, Priority.ALWAYS);
        summary.setMaxWidth(Double.MAX_VALUE);
        TextArea details = new TextArea();
        details.setEditable(false);
        details.setPrefRowCount(8);
        TitledPane more = new TitledPane();
        more.textProperty().bind(i18n.text("problem.details"));
        more.setContent(details);
        more.setExpanded(false);
        root.getChildren().addAll(line, more);
        root.getStyleClass().add("problem-banner");
        root.setId("problem-banner");
        root.visibleProperty().bind(problems.currentProperty().isNotNull());
        root.managedProperty().bind(root.visibleProperty());
        problems.currentProperty().addListener((obs, before, problem) -> {
            summary.setText(problem == null ? "" : problem.summary());
            details.setText(problem == null ? "" : problem.details());
            more.setExpanded(false);
        });
    }

    public VBox node() {
        return root;
    }
}
