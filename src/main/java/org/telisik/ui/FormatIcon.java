package org.telisik.ui;

import java.util.Locale;
import java.util.Map;
import javafx.scene.control.Label;

/**
 * A small badge naming what a sidebar node is (CSV, SQL, ZIP ...). Drawn as a styled label rather than an
 * image so that it follows the light and dark themes; colours live in the stylesheet per format.
 */
public final class FormatIcon {
    private static final Map<String, String> TEXT = Map.ofEntries(
            Map.entry("case", "▣"), Map.entry("archive", "ZIP"), Map.entry("csv", "CSV"), Map.entry("sql", "SQL"),
            Map.entry("json", "{ }"), Map.entry("ndjson", "{ }"), Map.entry("spreadsheet", "XLS"),
            Map.entry("xml", "XML"), Map.entry("dicom", "DCM"), Map.entry("fixed-width", "TXT"), Map.entry("file", "?"));

    private FormatIcon() {
    }

    /** @param kind a {@link SidebarNode#icon()} value; unknown kinds get the generic file badge */
    public static Label of(String kind) {
        String key = TEXT.containsKey(kind) ? kind : "file";
        Label label = new Label(TEXT.get(key));
        label.getStyleClass().addAll("format-icon", "format-" + key.toLowerCase(Locale.ROOT));
        return label;
    }
}
