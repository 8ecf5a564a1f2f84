package org.telisik.ui;

import java.util.Locale;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;

/**
 * What the sidebar shows of a case's files: those whose name holds the text, or whose type (a dataset format
 * such as {@code csv}, or the media type) is the text; with {@code errorsOnly}, only files that could not be
 * read in full. An archive is shown whole when it or one of its members matches.
 *
 * @param text       typed by the analyst; blank shows every file
 * @param errorsOnly true to show only files with an error in them or in a member
 */
public record SidebarFilter(String text, boolean errorsOnly) {
    public static final SidebarFilter NONE = new SidebarFilter("", false);

    public SidebarFilter {
        text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /** True when nothing is filtered out. */
    public boolean isNone() {
        return text.isEmpty() && !errorsOnly;
    }

    public boolean matches(FileReport file) {
        if (errorsOnly && !file.hasErrorAnywhere()) {
            return false;
        }
        return text.isEmpty() || textMatches(file);
    }

    private boolean textMatches(FileReport file) {
        if (name(file.path()).toLowerCase(Locale.ROOT).contains(text)
                || (file.mediaType() != null && file.mediaType().toLowerCase(Locale.ROOT).equals(text))) {
            return true;
        }
        for (DatasetProfile d : file.datasets()) {
            if (d.format().equalsIgnoreCase(text)) {
                return true;
            }
        }
        return file.entries().stream().anyMatch(this::textMatches);
    }

    /** The last part of a path: after the last slash, backslash or archive separator. */
    static String name(String path) {
        int cut = Math.max(path.lastIndexOf('/'), Math.max(path.lastIndexOf('\\'), path.lastIndexOf('!')));
        return cut >= 0 && cut < path.length() - 1 ? path.substring(cut + 1) : path;
    }
}
