package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {
    private static final Path HOME = Path.of("/home/rina");

    @Test
    void theCommandLineOptionWinsOverTheVariable() {
        Map<String, String> env = Map.of("TELISIK_WORKSPACE", "/data/kasus");
        assertThat(WorkspaceLocation.resolve("/mnt/usb/ws", env, "Linux", HOME)).isEqualTo(Path.of("/mnt/usb/ws"));
        assertThat(WorkspaceLocation.resolve(null, env, "Linux", HOME)).isEqualTo(Path.of("/data/kasus"));
        assertThat(WorkspaceLocation.resolve("  ", env, "Linux", HOME)).isEqualTo(Path.of("/data/kasus"));
    }

    @Test
    void aRelativeOverrideIsMadeAbsolute() {
        assertThat(WorkspaceLocation.resolve("ws/../kasus", Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("kasus").toAbsolutePath());
    }

    @Test
    void linuxFollowsXdgDataHomeAndFallsBackToLocalShare() {
        assertThat(WorkspaceLocation.resolve(null, Map.of(), "Linux", HOME))
                .isEqualTo(Path.of("/home/rina/.local/share/telisik/workspace"));
        assertThat(WorkspaceLocation.resolve(null, Map.of("XDG_DATA_HOME", "/srv/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/srv/xdg/telisik/workspace"));
        assertThat(WorkspaceLocation.resolve(null, Map.of("XDG_DATA_HOME", "relative/xdg"), "Linux", HOME))
                .isEqualTo(Path.of("/home/rina/.local/share/telisik/workspace"));
    }

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\rina\\AppData\\Roaming";
        assertThat(WorkspaceLocation.resolve(null, Map.of("APPDATA", appData), "Windows 11", HOME))
                .isEqualTo(Path.of(appData).resolve("Telisik").resolve("workspace"));
        assertThat(WorkspaceLocation.resolve(null, Map.of(), "Windows 10", HOME))
                .isEqualTo(HOME.resolve("AppData/Roaming/Telisik/workspace"));
    }

    @Test
    void macUsesApplicationSupport() {
        assertThat(WorkspaceLocation.resolve(null, Map.of(), "Mac OS X", HOME))
                .isEqualTo(Path.of("/home/rina/Library/Application Support/Telisik/workspace"));
    }

    @Test
    void withoutArgumentsTheRealEnvironmentIsUsed() {
        assertThat(WorkspaceLocation.resolve("/tmp/telisik-ws")).isEqualTo(Path.of("/tmp/telisik-ws"));
        Path fallback = WorkspaceLocation.resolve(null);
        assertThat(fallback.isAbsolute()).isTrue();
        assertThat(fallback.getFileName()).hasToString("workspace");
    }
}
