package org.telisik.ui;

import java.util.List;
import java.util.Locale;
import java.util.prefs.Preferences;
import javafx.stage.Stage;

/**
 * What the window remembers between runs: its size and place, the theme and the language. Kept in the
 * user's Java preferences (not in the workspace, which may be shared or encrypted).
 */
public final class UiPreferences {
    private static final double MIN_WIDTH = 640;
    private static final double MIN_HEIGHT = 420;
    private final Preferences node;

    public UiPreferences(Preferences node) {
        this.node = node;
    }

    public static UiPreferences forUser() {
        return new UiPreferences(Preferences.userNodeForPackage(UiPreferences.class));
    }

    /** Puts the stage where it was last closed, at least at a usable minimum size. */
    public void restoreWindow(Stage stage) {
        stage.setWidth(Math.max(MIN_WIDTH, node.getDouble("window.width", 1280)));
        stage.setHeight(Math.max(MIN_HEIGHT, node.getDouble("window.height", 800)));
        double x = node.getDouble("window.x", Double.NaN);
        double y = node.getDouble("window.y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(node.getBoolean("window.maximized", false));
    }

    public void rememberWindow(Stage stage) {
        node.putBoolean("window.maximized", stage.isMaximized());
        if (!stage.isMaximized()) {
            node.putDouble("window.width", stage.getWidth());
            node.putDouble("window.height", stage.getHeight());
            node.putDouble("window.x", stage.getX());
            node.putDouble("window.y", stage.getY());
        }
    }

    /** Workspace folders opened lately, newest first. */
    public List<String> recentWorkspaces() {
        String stored = node.get("workspaces.recent", "");
        return stored.isEmpty() ? List.of() : List.of(stored.split("\n"));
    }

    public void recentWorkspaces(List<String> folders) {
        node.put("workspaces.recent", String.join("\n", folders));
    }

    public Theme theme() {
        return Theme.named(node.get("theme", Theme.LIGHT.name()));
    }

    public void theme(Theme theme) {
        node.put("theme", theme.name());
    }

    /** The stored language, or the system's when none was chosen yet. */
    public Locale language() {
        return I18n.supported(Locale.forLanguageTag(node.get("language", Locale.getDefault().toLanguageTag())));
    }

    public void language(Locale locale) {
        node.put("language", locale.toLanguageTag());
    }
}
