package org.telisik.ui;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The export dialog: report format, language, masked or unmasked personal data (masked preselected) and the
 * file to write. Choosing unmasked shows a warning, and the export then asks for a confirmation that names the
 * risk, with Cancel as the default button.
 */
final class ExportDialog {
    /** What the analyst chose. */
    record Request(CaseExporter exporter, ExportChoice choice, Path target) {
    }

    private final ExportViewModel export;
    private final I18n i18n;
    private final Window owner;

    ExportDialog(ExportViewModel export, I18n i18n, Window owner) {
        this.export = export;
        this.i18n = i18n;
        this.owner = owner;
    }

    Optional<Request> ask(String caseName) {
        Dialog<Request> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("action.export"));
        dialog.setHeaderText(i18n.get("export.header", caseName));
        ComboBox<CaseExporter> format = formats();
        ToggleGroup language = new ToggleGroup();
        RadioButton english = radio("language.en", language, "export-lang-en");
        RadioButton indonesian = radio("language.id", language, "export-lang-id");
        (i18n.locale().equals(I18n.INDONESIAN) ? indonesian : english).setSelected(true);
        ToggleGroup personal = new ToggleGroup();
        RadioButton masked = radio("export.masked", personal, "export-masked");
        RadioButton unmasked = radio("export.unmasked", personal, "export-unmasked");
        masked.setSelected(true);
        Label warning = new Label(i18n.get("export.unmaskedWarning"));
        warning.setId("export-warning");
        warning.getStyleClass().add("unmask-warning");
        warning.setWrapText(true);
        warning.visibleProperty().bind(unmasked.selectedProperty());
        warning.managedProperty().bind(warning.visibleProperty());
        TextField file = new TextField(export.suggestedPath(format.getValue()).toString());
        file.setId("export-file");
        file.setPrefColumnCount(36);
        format.valueProperty().addListener((obs, before, now) -> file.setText(withExtension(file.getText(), before, now)));
        Button browse = new Button(i18n.get("export.browse"));
        browse.setOnAction(e -> browse(file, format.getValue()));
        HBox fileRow = new HBox(6, file, browse);
        HBox.setHgrow(file, Priority.ALWAYS);

        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(i18n.get("export.format")), format);
        grid.addRow(1, new Label(i18n.get("export.language")), new HBox(12, english, indonesian));
        grid.addRow(2, new Label(i18n.get("export.personalData")), new HBox(12, masked, unmasked));
        grid.add(warning, 1, 3);
        grid.addRow(4, new Label(i18n.get("export.file")), fileRow);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        Node ok = dialog.getDialogPane().lookupButton(ButtonType.OK);
        ok.setId("export-ok");
        ok.disableProperty().bind(file.textProperty().isEmpty());
        dialog.setResultConverter(button -> button != ButtonType.OK ? null : new Request(format.getValue(),
                new ExportChoice(indonesian.isSelected() ? I18n.INDONESIAN : I18n.ENGLISH, unmasked.isSelected()),
                Path.of(file.getText().strip())));
        return dialog.showAndWait();
    }

    /** Asks whether to write personal data in full; only the explicit button says yes. */
    boolean confirmUnmasked(String caseName, Path target) {
        Alert alert = new Alert(Alert.AlertType.WARNING);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("export.confirmTitle"));
        alert.setHeaderText(i18n.get("export.confirmHeader", caseName));
        alert.setContentText(i18n.get("export.confirmRisk", target));
        ButtonType go = new ButtonType(i18n.get("export.confirmButton"), ButtonBar.ButtonData.OK_DONE);
        alert.getButtonTypes().setAll(go, ButtonType.CANCEL);
        Button yes = (Button) alert.getDialogPane().lookupButton(go);
        yes.setId("export-confirm");
        yes.setDefaultButton(false);
        ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
        return alert.showAndWait().filter(go::equals).isPresent();
    }

    private ComboBox<CaseExporter> formats() {
        ComboBox<CaseExporter> format = new ComboBox<>();
        format.setId("export-format");
        format.getItems().setAll(export.exporters());
        format.setValue(export.exporters().get(0));
        format.setConverter(new StringConverter<>() {
            @Override
            public String toString(CaseExporter e) {
                return e == null ? "" : i18n.get("export.format." + e.extension());
            }

            @Override
            public CaseExporter fromString(String s) {
                return null; // not editable
            }
        });
        return format;
    }

    private RadioButton radio(String key, ToggleGroup group, String id) {
        RadioButton radio = new RadioButton(i18n.get(key));
        radio.setToggleGroup(group);
        radio.setId(id);
        return radio;
    }

    private void browse(TextField file, CaseExporter exporter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("action.export"));
        Path current = Path.of(file.getText().isBlank() ? export.suggestedPath(exporter).toString() : file.getText());
        if (current.getParent() != null && current.getParent().toFile().isDirectory()) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        File chosen = chooser.showSaveDialog(owner);
        if (chosen != null) {
            file.setText(chosen.getPath());
        }
    }

    /** The typed file name with the new format's extension, when it carried the old one. */
    static String withExtension(String text, CaseExporter before, CaseExporter now) {
        String old = "." + before.extension();
        return text.toLowerCase(Locale.ROOT).endsWith(old) ? text.substring(0, text.length() - old.length()) + "."
                + now.extension() : text;
    }
}
