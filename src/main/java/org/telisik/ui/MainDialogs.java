package org.telisik.ui;

import java.io.File;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs behind the menu: file and folder choosers and the new-case name; each hands over to a view model command. */
final class MainDialogs {
    private final MainViewModel model;
    private final I18n i18n;
    private final Window owner;
    private VerifyWindow verifyWindow;

    MainDialogs(MainViewModel model, Window owner) {
        this.model = model;
        this.i18n = model.i18n();
        this.owner = owner;
    }

    void openWorkspace() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("action.openWorkspace"));
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            passphrase().ifPresent(secret -> model.openWorkspace(folder.getPath(), secret.toCharArray()));
        }
    }

    /** The export dialog; an unmasked export goes ahead only after its confirmation. */
    void export() {
        var record = model.lifecycle().selectedCase();
        if (record == null) {
            return;
        }
        ExportDialog dialog = new ExportDialog(model.export(), i18n, owner);
        dialog.ask(CaseLabel.of(record)).ifPresent(request -> {
            boolean confirmed = request.choice().unmasked() && dialog.confirmUnmasked(CaseLabel.of(record), request.target());
            if (!model.export().export(request.exporter(), request.target(), request.choice(), confirmed)) {
                model.status().show("export.notConfirmed", record.name());
            }
        });
    }

    /** Asks for the passphrase of the chosen workspace; empty means a plain one. Cancel opens nothing. */
    private Optional<String> passphrase() {
        Dialog<String> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("action.openWorkspace"));
        dialog.setHeaderText(i18n.get("dialog.passphrase"));
        PasswordField field = new PasswordField();
        field.setPromptText(i18n.get("dialog.passphrase.prompt"));
        dialog.getDialogPane().setContent(field);
        dialog.getDialogPane().getButtonTypes().addAll(ButtonType.OK, ButtonType.CANCEL);
        dialog.setResultConverter(button -> button == ButtonType.OK ? field.getText() : null);
        Platform.runLater(field::requestFocus);
        return dialog.showAndWait();
    }

    /** Verifies the workspace and shows each check in a window of its own. */
    void verify() {
        if (verifyWindow == null) {
            verifyWindow = new VerifyWindow(model.verify(), i18n, owner, model.themeProperty().get());
        }
        model.verify().verify();
        verifyWindow.show();
    }

    void newCase() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("action.newCase"));
        dialog.setHeaderText(i18n.get("dialog.newCase"));
        dialog.showAndWait().ifPresent(name -> model.cases().createCase(name));
    }

    /** Asks for the selected case's new name, the current one filled in. */
    void renameCase() {
        var record = model.lifecycle().selectedCase();
        if (record == null) {
            return;
        }
        TextInputDialog dialog = new TextInputDialog(record.name());
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("action.renameCase"));
        dialog.setHeaderText(i18n.get("dialog.renameCase", CaseLabel.of(record)));
        dialog.getEditor().setId("rename-field");
        dialog.showAndWait().ifPresent(name -> model.lifecycle().rename(name));
    }

    /** Case ▸ Delete case: asks first, naming the case and how many files go with it; Cancel is the default. */
    void deleteCase() {
        model.lifecycle().delete((record, files) -> {
            ButtonType delete = new ButtonType(i18n.get("dialog.deleteCase.confirm"), ButtonBar.ButtonData.OK_DONE);
            Alert alert = new Alert(Alert.AlertType.WARNING, i18n.get("dialog.deleteCase.details"), delete, ButtonType.CANCEL);
            alert.initOwner(owner);
            alert.setTitle(i18n.get("action.deleteCase"));
            alert.setHeaderText(i18n.get("dialog.deleteCase", CaseLabel.of(record), files));
            alert.getDialogPane().setId("delete-case-dialog");
            Button yes = (Button) alert.getDialogPane().lookupButton(delete);
            yes.setId("delete-case-confirm");
            yes.setDefaultButton(false);
            ((Button) alert.getDialogPane().lookupButton(ButtonType.CANCEL)).setDefaultButton(true);
            return alert.showAndWait().filter(delete::equals).isPresent();
        });
    }

    void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("action.importFiles"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null) {
            model.imports().importPaths(files.stream().map(File::toPath).toList());
        }
    }

    /** Case ▸ Export case: where to write the selected case's archive. */
    void exportCase() {
        FileChooser chooser = archiveChooser("action.exportCase");
        chooser.setInitialFileName(model.portable().suggestedName());
        File file = chooser.showSaveDialog(owner);
        if (file != null) {
            model.portable().exportCase(file.toPath());
        }
    }

    /** Case ▸ Import case: which archive to bring into the open workspace. */
    void importCase() {
        File file = archiveChooser("action.importCase").showOpenDialog(owner);
        if (file != null) {
            model.portable().importCase(file.toPath());
        }
    }

    private FileChooser archiveChooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get(title));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(i18n.get("portable.filter"), "*.zip"));
        return chooser;
    }

    void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("action.importFolder"));
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            model.imports().importPaths(List.of(folder.toPath()));
        }
    }
}
