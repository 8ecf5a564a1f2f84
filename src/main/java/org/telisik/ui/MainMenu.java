package org.telisik.ui;

import java.io.File;
import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.TextInputDialog;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCombination;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The menu bar, which also carries the keyboard shortcuts of the main actions. */
public final class MainMenu {
    private final MainViewModel model;
    private final I18n i18n;
    private final Window owner;
    private final MenuBar bar = new MenuBar();

    public MainMenu(MainViewModel model, Window owner) {
        this.model = model;
        this.i18n = model.i18n();
        this.owner = owner;
        bar.setId("menu-bar");
        bar.getMenus().addAll(fileMenu(), viewMenu());
    }

    public MenuBar node() {
        return bar;
    }

    private Menu fileMenu() {
        Menu menu = menu("menu.file");
        MenuItem cancel = item("action.cancelImports", "Esc", () -> model.imports().cancelAll());
        cancel.disableProperty().bind(model.imports().runningProperty().not());
        menu.getItems().addAll(
                item("action.openWorkspace", "Shortcut+Shift+W", this::openWorkspace),
                recentMenu(),
                new SeparatorMenuItem(),
                item("action.newCase", "Shortcut+N", this::newCase),
                item("action.importFiles", "Shortcut+O", this::importFiles),
                item("action.importFolder", "Shortcut+Shift+O", this::importFolder),
                cancel,
                item("action.refresh", "F5", () -> model.cases().reload(() -> { })),
                new SeparatorMenuItem());
        for (CaseExporter exporter : model.export().exporters()) {
            boolean first = exporter == model.export().exporters().get(0);
            MenuItem export = item("action.export." + exporter.extension(), first ? "Shortcut+E" : null,
                    () -> export(exporter));
            export.disableProperty().bind(model.export().availableProperty().not());
            menu.getItems().add(export);
        }
        menu.getItems().addAll(
                new SeparatorMenuItem(),
                item("action.quit", "Shortcut+Q", Platform::exit));
        return menu;
    }

    private Menu viewMenu() {
        Menu menu = menu("menu.view");
        ToggleGroup themes = new ToggleGroup();
        for (Theme theme : Theme.values()) {
            RadioMenuItem item = radio("theme." + theme.name().toLowerCase(Locale.ROOT), themes,
                    model.themeProperty().get() == theme, () -> model.themeProperty().set(theme));
            item.setAccelerator(KeyCombination.valueOf(theme == Theme.DARK ? "Shortcut+Shift+D" : "Shortcut+Shift+L"));
            menu.getItems().add(item);
        }
        menu.getItems().add(new SeparatorMenuItem());
        ToggleGroup languages = new ToggleGroup();
        for (Locale locale : I18n.SUPPORTED) {
            menu.getItems().add(radio("language." + locale.getLanguage(), languages,
                    i18n.locale().equals(locale), () -> model.switchLanguage(locale)));
        }
        return menu;
    }

    /** Workspaces opened lately; picking one opens it in place of the current one. */
    private Menu recentMenu() {
        Menu recent = menu("menu.recentWorkspaces");
        Runnable fill = () -> recent.getItems().setAll(model.recentWorkspaces().stream().map(folder -> {
            MenuItem item = new MenuItem(folder);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.openWorkspace(folder));
            return item;
        }).toList());
        model.recentWorkspaces().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        recent.disableProperty().bind(Bindings.isEmpty(model.recentWorkspaces()));
        return recent;
    }

    private void openWorkspace() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("action.openWorkspace"));
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            model.openWorkspace(folder.getPath());
        }
    }

    private void export(CaseExporter exporter) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("action.export." + exporter.extension()));
        chooser.setInitialFileName(model.export().suggestedName(exporter));
        File target = chooser.showSaveDialog(owner);
        if (target != null) {
            model.export().export(exporter, target.toPath());
        }
    }

    private void newCase() {
        TextInputDialog dialog = new TextInputDialog();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("action.newCase"));
        dialog.setHeaderText(i18n.get("dialog.newCase"));
        dialog.showAndWait().ifPresent(name -> model.cases().createCase(name));
    }

    private void importFiles() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("action.importFiles"));
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files != null) {
            model.imports().importPaths(files.stream().map(File::toPath).toList());
        }
    }

    private void importFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(i18n.get("action.importFolder"));
        File folder = chooser.showDialog(owner);
        if (folder != null) {
            model.imports().importPaths(List.of(folder.toPath()));
        }
    }

    private Menu menu(String key) {
        Menu menu = new Menu();
        menu.textProperty().bind(i18n.text(key));
        return menu;
    }

    private MenuItem item(String key, String accelerator, Runnable action) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.text(key));
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.valueOf(accelerator));
        }
        item.setOnAction(e -> action.run());
        item.setId(key);
        return item;
    }

    private RadioMenuItem radio(String key, ToggleGroup group, boolean selected, Runnable action) {
        RadioMenuItem item = new RadioMenuItem();
        item.textProperty().bind(i18n.text(key));
        item.setToggleGroup(group);
        item.setSelected(selected);
        item.setOnAction(e -> action.run());
        return item;
    }
}
