package org.telisik.ui;

import java.util.List;

/**
 * What the desktop app was started with. Only {@code --workspace PATH} (or {@code --workspace=PATH}) is
 * understood; anything else is ignored, so that JavaFX's own arguments do not stop the window from opening.
 *
 * @param workspace the folder the analyst named, or null for the default workspace
 */
public record LaunchOptions(String workspace) {

    public static LaunchOptions parse(List<String> args) {
        String workspace = null;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--workspace") && i + 1 < args.size()) {
                workspace = args.get(++i);
            } else if (a.startsWith("--workspace=")) {
                workspace = a.substring("--workspace=".length());
            }
        }
        return new LaunchOptions(workspace == null || workspace.isBlank() ? null : workspace);
    }
}
