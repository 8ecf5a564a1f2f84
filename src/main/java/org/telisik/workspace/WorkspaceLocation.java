package org.telisik.workspace;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where the workspace lives when the analyst did not say: {@code --workspace} wins over the
 * {@code TELISIK_WORKSPACE} variable, which wins over the application-data folder of the operating system.
 */
public final class WorkspaceLocation {
    /** The environment variable that names a workspace folder. */
    public static final String ENV_VARIABLE = "TELISIK_WORKSPACE";

    private WorkspaceLocation() {
    }

    /** @param override the {@code --workspace} value, or null/blank when not given */
    public static Path resolve(String override) {
        return resolve(override, System.getenv(), System.getProperty("os.name", ""),
                Path.of(System.getProperty("user.home", ".")));
    }

    /** The same rule with the environment, operating-system name and home folder given (for tests). */
    public static Path resolve(String override, Map<String, String> env, String osName, Path home) {
        if (isGiven(override)) {
            return Path.of(override.trim()).toAbsolutePath().normalize();
        }
        String fromEnv = env.get(ENV_VARIABLE);
        if (isGiven(fromEnv)) {
            return Path.of(fromEnv.trim()).toAbsolutePath().normalize();
        }
        return defaultFor(env, osName, home);
    }

    private static Path defaultFor(Map<String, String> env, String osName, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = env.get("APPDATA");
            Path base = isGiven(appData) ? Path.of(appData) : home.resolve("AppData").resolve("Roaming");
            return base.resolve("Telisik").resolve("workspace");
        }
        if (os.startsWith("mac") || os.startsWith("darwin")) {
            return home.resolve("Library").resolve("Application Support").resolve("Telisik").resolve("workspace");
        }
        String xdg = env.get("XDG_DATA_HOME");
        // the XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored
        Path base = isGiven(xdg) && Path.of(xdg).isAbsolute() ? Path.of(xdg) : home.resolve(".local").resolve("share");
        return base.resolve("telisik").resolve("workspace");
    }

    private static boolean isGiven(String value) {
        return value != null && !value.isBlank();
    }
}
