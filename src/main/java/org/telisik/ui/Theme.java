package org.telisik.ui;

import java.util.List;
import javafx.scene.Scene;

/** Light and dark looks: a shared stylesheet plus one that sets the colours of the theme. */
public enum Theme {
    LIGHT("theme-light.css"), DARK("theme-dark.css");

    private final String sheet;

    Theme(String sheet) {
        this.sheet = sheet;
    }

    /** Replaces the scene's Telisik stylesheets by this theme's. */
    public void applyTo(Scene scene) {
        scene.getStylesheets().setAll(stylesheets());
    }

    public List<String> stylesheets() {
        return List.of(url("telisik.css"), url(sheet));
    }

    private static String url(String name) {
        return Theme.class.getResource(name).toExternalForm();
    }

    /** The theme of a stored name, LIGHT for anything unknown. */
    public static Theme named(String name) {
        for (Theme t : values()) {
            if (t.name().equalsIgnoreCase(name)) {
                return t;
            }
        }
        return LIGHT;
    }
}
