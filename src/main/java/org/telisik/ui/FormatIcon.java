package org.telisik.ui;

import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;

/**
 * A small badge naming what a sidebar node is (CSV, SQL, ZIP ...). Drawn as a styled label rather than an
 * image so that it follows the light and dark themes; colours live in the stylesheet per format.
 *
 * <p>The format is a pseudo-class ({@code .format-icon:csv}), not a style class: a cell that scrolls from a
 * folder to a CSV file then only switches state, where a changed style class made JavaFX look the label's
 * styles up again from the stylesheets, on every cell at every scroll.
 */
final class FormatIcon extends Label {
    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("case", "▣"), Map.entry("archive", "ZIP"), Map.entry("csv", "CSV"), Map.entry("sql", "SQL"),
            Map.entry("json", "{ }"), Map.entry("ndjson", "{ }"), Map.entry("spreadsheet", "XLS"),
            Map.entry("xml", "XML"), Map.entry("dicom", "DCM"), Map.entry("fixed-width", "TXT"), Map.entry("file", "?"));
    private String kind;

    FormatIcon() {
        getStyleClass().add("format-icon");
        show("file");
    }

    /** @param kind a {@link SidebarNode#icon()} value; unknown kinds get the generic file badge */
    void show(String kind) {
        String key = TEXT.containsKey(kind) ? kind : "file";
        if (key.equals(this.kind)) {
            return; // most neighbours share one kind
        }
        if (this.kind != null) {
            pseudoClassStateChanged(PseudoClass.getPseudoClass(this.kind), false);
        }
        pseudoClassStateChanged(PseudoClass.getPseudoClass(key), true);
        setText(TEXT.get(key));
        this.kind = key;
    }

    /** The kind shown, one of the stylesheet's ({@code file} for unknown kinds). */
    String kind() {
        return kind;
    }
}
