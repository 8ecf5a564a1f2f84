package org.telisik.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** Version and build facts, filtered into {@code org/telisik/build.properties} by Maven. */
public final class BuildInfo {
    private static final Properties PROPERTIES = load();

    private BuildInfo() {
    }

    public static String version() {
        return PROPERTIES.getProperty("version", "unknown");
    }

    /** The git commit the build was made from, or "unknown" outside a git checkout. */
    public static String commit() {
        String c = PROPERTIES.getProperty("commit", "unknown");
        return c.startsWith("${") ? "unknown" : c;
    }

    /** The Java runtime running Telisik (the bundled one in an installed app). */
    public static String runtime() {
        return System.getProperty("java.vendor", "?") + " " + System.getProperty("java.runtime.version", "?");
    }

    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("/org/telisik/build.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
