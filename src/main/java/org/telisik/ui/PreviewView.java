package org.telisik.ui;

import java.util.List;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** The masked first rows of the selected dataset, one table column per dataset column. */
public final class PreviewView {
    private final VBox root = new VBox(6);
    private final TableView<List<String>> table = new TableView<>();

    public PreviewView(PreviewViewModel model) {
        Label note = new Label();
        note.setId("preview-note");
        note.getStyleClass().add("preview-note");
        note.setWrapText(true);
        note.textProperty().bind(model.noteProperty());
        table.setId("preview-table");
        table.getStyleClass().add("preview-table");
        table.setItems(model.rows());
        table.setPlaceholder(new Label(""));
        model.columns().addListener((ListChangeListener<String>) c -> columns(model.columns()));
        VBox.setVgrow(table, Priority.ALWAYS);
        root.getChildren().addAll(note, table);
        root.getStyleClass().add("panel");
    }

    public VBox node() {
        return root;
    }

    private void columns(List<String> names) {
        table.getColumns().clear();
        for (int i = 0; i < names.size(); i++) {
            int index = i;
            TableColumn<List<String>, String> column = new TableColumn<>(names.get(i));
            column.setId("preview-col-" + i);
            column.setSortable(false); // the rows stay in file order
            column.setCellValueFactory(cell -> {
                List<String> row = cell.getValue();
                String value = index < row.size() && row.get(index) != null ? row.get(index) : "";
                return new ReadOnlyStringWrapper(value.replace("\r\n", "\n").replace('\n', '\u21b5')); // one line per row
            });
            table.getColumns().add(column);
        }
    }
}
