package org.telisik.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.controlsfx.control.StatusBar;

/** The bottom line: what the latest action did, the import's and progress with its cancel button, and the open workspace. */
public final class StatusBarView {
    private final StatusBar bar = new StatusBar();

    public StatusBarView(MainViewModel model) {
        ImportViewModel imports = model.imports();
        I18n i18n = model.i18n();
        bar.setId("status-bar");
        bar.textProperty().bind(model.status().textProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("import-progress");
        progress.progressProperty().bind(imports.progressProperty());
        progress.visibleProperty().bind(imports.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Button cancel = new Button();
        cancel.setId("cancel-import");
        cancel.textProperty().bind(i18n.text("action.cancelImports"));
        cancel.visibleProperty().bind(imports.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> imports.cancelAll());
        Label workspace = new Label();
        workspace.setId("workspace-status");
        workspace.textProperty().bind(model.workspace().statusTextProperty());
        bar.getLeftItems().addAll(progress, cancel);
        bar.getRightItems().add(workspace);
    }

    public StatusBar node() {
        return bar;
    }
}
