package org.telisik.ui;

import java.util.List;
import java.util.Locale;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.collections.ListChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/** The menu bar, which also carries the keyboard shortcuts of the main actions. */
public final class MainMenu {
    private final MainViewModel model;
    private final I18n i18n;
    private final MainDialogs dialogs;
    private final MenuBar bar = new MenuBar();
    private MenuItem rename;

    public MainMenu(MainViewModel model, Window owner) {
        this.model = model;
        this.i18n = model.i18n();
        this.dialogs = new MainDialogs(model, owner);
        bar.setId("menu-bar");
        bar.getMenus().addAll(fileMenu(), caseMenu(), viewMenu());
    }

    public MenuBar node() {
        return bar;
    }

    /**
     * The sidebar tree takes F2 for itself (cell editing) before accelerators are looked at, so F2 is caught on
     * its way down instead and renames the selected case.
     */
    public void installFilters(Scene scene) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.F2 && !rename.isDisable()) {
                e.consume();
                rename.fire();
            }
        });
    }

    private Menu fileMenu() {
        Menu menu = menu("menu.file");
        MenuItem cancel = item("action.cancelImports", "Esc", () -> model.imports().cancelAll());
        cancel.disableProperty().bind(model.imports().runningProperty().not());
        menu.getItems().addAll(
                item("action.openWorkspace", "Shortcut+Shift+W", dialogs::openWorkspace),
                recentMenu(),
                new SeparatorMenuItem(),
                item("action.newCase", "Shortcut+N", dialogs::newCase),
                item("action.importFiles", "Shortcut+O", dialogs::importFiles),
                item("action.importFolder", "Shortcut+Shift+O", dialogs::importFolder),
                cancel,
                item("action.refresh", "F5", () -> model.cases().reload(() -> { })),
                item("action.verify", "Shortcut+Shift+V", dialogs::verify),
                item("action.compact", null, model::compactWorkspace),
                new SeparatorMenuItem());
        MenuItem export = item("action.export", "Shortcut+E", dialogs::export);
        export.disableProperty().bind(model.export().availableProperty().not());
        menu.getItems().add(export);
        menu.getItems().addAll(
                new SeparatorMenuItem(),
                item("action.quit", "Shortcut+Q", Platform::exit));
        return menu;
    }

    /** Rename (F2), close, reopen, export and delete the case of the selection; import a case. */
    private Menu caseMenu() {
        Menu menu = menu("menu.case");
        List<MenuItem> items = caseItems(true);
        rename = items.get(0);
        menu.getItems().addAll(items);
        return menu;
    }

    /** The same case actions on the sidebar's right click. */
    public ContextMenu caseContextMenu() {
        return new ContextMenu(caseItems(false).toArray(MenuItem[]::new));
    }

    private List<MenuItem> caseItems(boolean withShortcut) {
        CaseLifecycleViewModel cases = model.lifecycle();
        MenuItem renameItem = item("action.renameCase", withShortcut ? "F2" : null, dialogs::renameCase);
        renameItem.disableProperty().bind(model.export().availableProperty().not());
        MenuItem close = item("action.closeCase", null, cases::close); // no shortcut: closing is never an accident
        close.disableProperty().bind(cases.closableProperty().not());
        MenuItem reopen = item("action.reopenCase", null, cases::reopen);
        reopen.disableProperty().bind(cases.reopenableProperty().not());
        // no shortcut either, and not while an import runs: it could be storing into the case being deleted
        MenuItem delete = item("action.deleteCase", null, dialogs::deleteCase);
        delete.disableProperty().bind(cases.deletableProperty().not().or(model.imports().runningProperty()));
        if (!withShortcut) {
            return List.of(renameItem, close, reopen, new SeparatorMenuItem(), delete);
        }
        MenuItem exportCase = item("action.exportCase", null, dialogs::exportCase);
        exportCase.disableProperty().bind(model.portable().exportableProperty().not());
        return List.of(renameItem, close, reopen, new SeparatorMenuItem(), exportCase,
                item("action.importCase", null, dialogs::importCase), new SeparatorMenuItem(), delete);
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
        Runnable fill = () -> recent.getItems().setAll(model.workspace().recent().stream().map(folder -> {
            MenuItem item = new MenuItem(folder);
            item.setMnemonicParsing(false);
            item.setOnAction(e -> model.openWorkspace(folder));
            return item;
        }).toList());
        model.workspace().recent().addListener((ListChangeListener<String>) c -> fill.run());
        fill.run();
        recent.disableProperty().bind(Bindings.isEmpty(model.workspace().recent()));
        return recent;
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
