package org.telisik.ui;

import java.io.File;
import java.util.List;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The dialogs behind the menu: file and folder choosers and the new-case name; each hands over to a view model command. */
final class MainDialogs {
    private final MainViewModel model;
    private final I18n i18n;
    private final Window owner;

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
            model.openWorkspace(folder.getPath());
        }
    }

    void export(CaseExporter exporter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("action.export." + exporter.extension()));
        chooser.setInitialFileName(model.export().suggestedName(exporter));
        File target = chooser.showSaveDialog(owner);
        if (target != null) {
            model.export().export(exporter, target.toPath());
        }
    }

    void newCase() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("action.newCase"));
        dialog.setHeaderText(i18n.get("dialog.newCase"));
        dialog.showAndWait().ifPresent(name -> model.cases().createCase(name));
    }

    void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("action.importFiles"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null) {
            model.imports().importPaths(files.stream().map(File::toPath).toList());
        }
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
