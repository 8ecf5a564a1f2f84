package org.telisik.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.SortedList;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.SemanticType;

/** The column profile table of the selected file or dataset, with a filter box, sortable by any column. */
public final class ProfileView {
    private final VBox root = new VBox(6);
    private final ProfileViewModel model;
    private final I18n i18n;
    private final TextField filter = new TextField();
    private final TableView<ColumnRow> table;

    public ProfileView(ProfileViewModel model, I18n i18n) {
        this.model = model;
        this.i18n = i18n;
        Label caption = new Label();
        caption.getStyleClass().add("caption");
        caption.textProperty().bind(model.captionProperty());
        Label error = new Label();
        error.setId("file-error");
        error.getStyleClass().add("file-error");
        error.setWrapText(true);
        error.textProperty().bind(model.fileErrorProperty());
        error.visibleProperty().bind(model.fileErrorProperty().isNotEmpty());
        error.managedProperty().bind(error.visibleProperty());
        TextField facts = new TextField();
        facts.setId("file-facts");
        facts.setEditable(false); // a text field, so that the analyst can copy a hash
        facts.getStyleClass().add("file-facts");
        facts.textProperty().bind(model.fileFactsProperty());
        facts.visibleProperty().bind(model.fileFactsProperty().isNotEmpty());
        facts.managedProperty().bind(facts.visibleProperty());
        filter.setId("column-filter");
        filter.promptTextProperty().bind(i18n.text("profile.filter"));
        filter.textProperty().bindBidirectional(model.filterProperty());
        HBox head = new HBox(8, caption, filter);
        HBox.setHgrow(caption, Priority.ALWAYS);
        caption.setMaxWidth(Double.MAX_VALUE);
        table = table();
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(head, facts, error, table);
        root.getStyleClass().add("profile-view");
    }

    public VBox node() {
        return root;
    }

    /** Puts the cursor in the column filter (Ctrl+F). */
    public void focusFilter() {
        filter.requestFocus();
        filter.selectAll();
    }

    /**
     * Makes the table's rows before the analyst picks a file, once the window is laid out: the first file shown
     * otherwise makes them (a row of nine cells per line of the table, each styled from the stylesheets), a stall
     * of about 100 ms at the first click in a fresh JVM. The rows are made for a placeholder column and emptied
     * again in the same pulse, so nothing of it is ever drawn; the table keeps them for the files to come.
     */
    public void makeRows() {
        if (!table.getItems().isEmpty()) {
            return; // a file is shown: its rows exist
        }
        ObservableList<ColumnRow> shown = table.getItems();
        table.setItems(FXCollections.observableArrayList(new ColumnRow("", new ColumnProfile("", SemanticType.NIK, 1,
                List.of(), 1, 1, false, null, List.of(), Map.of()))));
        table.layout();
        table.setItems(shown);
        table.layout();
    }

    private TableView<ColumnRow> table() {
        TableView<ColumnRow> table = new TableView<>();
        table.setId("profile-table");
        SortedList<ColumnRow> sorted = new SortedList<>(model.visibleRows());
        sorted.comparatorProperty().bind(table.comparatorProperty());
        table.setItems(sorted);
        table.placeholderProperty().bind(i18n.text("profile.empty").map(Label::new));
        TableColumn<ColumnRow, String> dataset = column("column.dataset", ColumnRow::dataset, 110);
        dataset.visibleProperty().bind(model.manyDatasetsProperty());
        table.getColumns().add(dataset);
        table.getColumns().add(column("column.name", ColumnRow::name, 140));
        TableColumn<ColumnRow, String> type = column("column.type", ColumnRow::type, 110);
        type.setCellFactory(c -> ProfileCells.typeBadge());
        table.getColumns().add(type);
        TableColumn<ColumnRow, Number> confidence = column("column.confidence", ColumnRow::confidence, 120);
        confidence.setCellFactory(c -> ProfileCells.confidenceBar());
        table.getColumns().add(confidence);
        TableColumn<ColumnRow, Number> validity = column("column.validity", ColumnRow::validityRate, 150);
        validity.setCellFactory(c -> ProfileCells.validity(i18n));
        table.getColumns().add(validity);
        TableColumn<ColumnRow, Number> nonEmpty = column("column.nonEmpty", r -> r.profile().nonEmpty(), 90);
        nonEmpty.setCellFactory(c -> ProfileCells.count(i18n, false));
        table.getColumns().add(nonEmpty);
        TableColumn<ColumnRow, Number> distinct = column("column.distinct", r -> r.profile().distinct(), 90);
        distinct.setCellFactory(c -> ProfileCells.count(i18n, true));
        table.getColumns().add(distinct);
        table.getColumns().add(column("column.examples", ColumnRow::examplesText, 320));
        table.getSelectionModel().selectedItemProperty().addListener((obs, before, row) ->
                model.selectedRowProperty().set(row));
        model.selectedRowProperty().addListener((obs, before, row) -> {
            if (row != table.getSelectionModel().getSelectedItem()) {
                table.getSelectionModel().select(row);
            }
        });
        return table;
    }

    private <T> TableColumn<ColumnRow, T> column(String key, Function<ColumnRow, T> value, double width) {
        TableColumn<ColumnRow, T> column = new TableColumn<>();
        column.textProperty().bind(i18n.text(key));
        column.setId(key);
        column.setPrefWidth(width);
        column.setCellValueFactory(cell -> wrap(value.apply(cell.getValue())));
        return column;
    }

    private static <T> ObservableValue<T> wrap(T value) {
        return new ReadOnlyObjectWrapper<>(value);
    }
}
