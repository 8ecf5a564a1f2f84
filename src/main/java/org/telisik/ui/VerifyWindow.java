package org.telisik.ui;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.telisik.core.model.VerificationItem;

/** A window listing each custody check of the workspace with its outcome; it stays open beside the main window. */
final class VerifyWindow {
    private final Stage stage = new Stage();

    VerifyWindow(VerifyViewModel model, I18n i18n, Window owner, Theme theme) {
        Label summary = new Label();
        summary.setId("verify-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("caption");
        summary.textProperty().bind(model.summaryProperty());
        TableView<VerificationItem> table = new TableView<>(model.items());
        table.setId("verify-items");
        TableColumn<VerificationItem, String> outcome = column(i18n, "verify.outcome", model::outcome, 110);
        outcome.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(String value, boolean empty) {
                super.updateItem(value, empty);
                getStyleClass().removeIf(s -> s.startsWith("outcome-"));
                setText(empty ? null : value);
                VerificationItem item = empty || getTableRow() == null ? null : getTableRow().getItem();
                if (item != null) {   // styled by the outcome itself: the word changes with the language
                    getStyleClass().add(switch (item.outcome()) {
                        case HOLDS -> "outcome-pass";
                        case BROKEN -> "outcome-fail";
                        case NOT_CHECKED -> "outcome-skipped";
                    });
                }
            }
        });
        table.getColumns().add(outcome);
        table.getColumns().add(column(i18n, "verify.check",
                i -> i.check().name().toLowerCase(Locale.ROOT).replace('_', '-'), 130));
        table.getColumns().add(column(i18n, "verify.subject", model::subject, 280));
        table.getColumns().add(column(i18n, "verify.detail", model::detail, 420));
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox root = new VBox(8, anchorRow(model, i18n), summary, table);
        root.getStyleClass().add("panel");
        Scene scene = new Scene(root, 980, 480);
        theme.applyTo(scene);
        stage.setScene(scene);
        stage.initOwner(owner);
        stage.titleProperty().bind(i18n.text("action.verify"));
    }

    /** The anchor field: an audit head from a report, which the log must still hold (as verify --anchor). */
    private static HBox anchorRow(VerifyViewModel model, I18n i18n) {
        Label label = new Label();
        label.textProperty().bind(i18n.text("verify.anchor"));
        TextField anchor = new TextField();
        anchor.setId("verify-anchor");
        anchor.promptTextProperty().bind(i18n.text("verify.anchorPrompt"));
        anchor.textProperty().bindBidirectional(model.anchorsProperty());
        anchor.setOnAction(e -> model.verify());
        label.setLabelFor(anchor);
        Button run = new Button();
        run.setId("verify-run");
        run.textProperty().bind(i18n.text("verify.again"));
        run.setOnAction(e -> model.verify());
        HBox.setHgrow(anchor, Priority.ALWAYS);
        HBox row = new HBox(8, label, anchor, run);
        row.setAlignment(Pos.CENTER_LEFT);
        return row;
    }

    private static TableColumn<VerificationItem, String> column(I18n i18n, String key,
                                                                Function<VerificationItem, String> value, double width) {
        TableColumn<VerificationItem, String> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setPrefWidth(width);
        // worded again when the analyst switches the language while the window is open
        column.setCellValueFactory(c -> Bindings.createStringBinding(() -> value.apply(c.getValue()), i18n.localeProperty()));
        return column;
    }

    void show() {
        stage.show();
        stage.toFront();
    }
}
