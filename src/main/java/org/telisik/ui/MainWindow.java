package org.telisik.ui;

import javafx.beans.binding.Bindings;
import javafx.concurrent.Task;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.scene.image.Image;
import javafx.scene.input.KeyCombination;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.controlsfx.control.Notifications;
import org.controlsfx.control.TaskProgressView;

/**
 * The main window: menu and problem banner on top, the case tree with running imports on the left, the
 * profile table over the column detail in the middle, and the status bar below.
 */
public final class MainWindow {
    private final MainViewModel model;
    private final Stage stage;
    private final FileDrop drop;
    private final Scene scene;
    private final MainMenu menu;
    private ProfileView profile;

    public MainWindow(MainViewModel model, Stage stage) {
        this.model = model;
        this.stage = stage;
        this.drop = new FileDrop(model.imports()::importPaths);
        BorderPane root = new BorderPane();
        root.setId("main-root");
        scene = new Scene(root);
        menu = new MainMenu(model, stage);
        menu.installFilters(scene);
        root.setTop(new VBox(menu.node(), new ProblemBanner(model.problems(), model.i18n()).node()));
        SplitPane center = new SplitPane(sidebar(), details());
        center.setDividerPositions(0.26);
        root.setCenter(center);
        root.setBottom(new StatusBarView(model).node());
        model.themeProperty().get().applyTo(scene);
        model.themeProperty().addListener((obs, before, theme) -> theme.applyTo(scene));
        drop.install(scene);
        stage.setScene(scene);
        stage.titleProperty().bind(model.workspace().titleProperty());
        for (int size : new int[] {16, 32, 48, 64, 128, 256}) {
            var icon = MainWindow.class.getResource("icons/telisik-" + size + ".png");
            if (icon != null) { // absent only when run from sources without the build's resources
                stage.getIcons().add(new Image(icon.toExternalForm()));
            }
        }
        model.imports().finishedProperty().addListener((obs, before, message) -> notifyIfAway(message));
    }

    /** Long imports end while the analyst works elsewhere: tell them, but only when the window is not in front. */
    private void notifyIfAway(Message message) {
        if (!stage.isFocused() && stage.isShowing()) {
            Notifications.create().owner(stage).title("Telisik").text(message.in(model.i18n())).showInformation();
        }
    }

    private VBox sidebar() {
        SidebarView tree = new SidebarView(model.cases(), model.i18n());
        tree.node().setContextMenu(menu.caseContextMenu());
        TaskProgressView<Task<?>> tasks = new TaskProgressView<>();
        tasks.setId("task-progress");
        Bindings.bindContent(tasks.getTasks(), model.runner().shownTasks());
        tasks.visibleProperty().bind(model.imports().runningProperty());
        tasks.managedProperty().bind(tasks.visibleProperty());
        tasks.setPrefHeight(120);
        VBox.setVgrow(tree.node(), Priority.ALWAYS);
        VBox box = new VBox(tree.filterNode(), tree.node(), tasks);
        box.getStyleClass().add("sidebar");
        return box;
    }

    /** Tabs over the selection: its columns, the case's authenticity, the seller's claim, notes and tags. */
    private TabPane details() {
        profile = new ProfileView(model.profile(), model.i18n());
        scene.getAccelerators().put(KeyCombination.valueOf("Shortcut+F"), profile::focusFilter);
        ColumnDetailView detail = new ColumnDetailView(model.profile().detail(), model.i18n());
        SplitPane split = new SplitPane(profile.node(), detail.node());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        CaseOverviewView overview = new CaseOverviewView(model.overview(), model.i18n());
        TabPane tabs = new TabPane(tab("tab.columns", split), tab("tab.preview", new PreviewView(model.preview()).node()),
                tab("tab.authenticity", overview.authenticity()),
                tab("tab.origin", new OriginView(model.overview(), model.i18n()).node()),
                tab("tab.claim", overview.claim()), tab("tab.notes", new NotesView(model.annotations(), model.i18n()).node()));
        tabs.setId("detail-tabs");
        return tabs;
    }

    private Tab tab(String key, Node content) {
        Tab tab = new Tab();
        tab.textProperty().bind(model.i18n().text(key));
        tab.setContent(content);
        tab.setClosable(false);
        tab.setId(key);
        return tab;
    }

    /**
     * Work the window does once, after it is first shown and before the analyst acts, so that the first file picked
     * does not stall the window ({@link ProfileView#makeRows()}).
     */
    public void warmUp() {
        profile.makeRows();
    }

    public Stage stage() {
        return stage;
    }

    public Scene scene() {
        return scene;
    }

    /** The drop target of the window, the same hand-over the file chooser uses. */
    public FileDrop fileDrop() {
        return drop;
    }
}
