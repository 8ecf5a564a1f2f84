package org.telisik.offline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Socket;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.cli.TelisikCommand;
import org.telisik.testdata.RadiologyCsv;

/**
 * Telisik never opens a network connection: a full analysis into a workspace with JSON export runs under a
 * guard that records and refuses every socket and URL connection, and the guard must stay silent.
 */
class OfflineGuaranteeTest {
    @TempDir
    Path dir;

    @BeforeAll
    static void guard() throws Exception {
        NetworkGuard.install();
    }

    @BeforeEach
    void clear() {
        NetworkGuard.clear();
    }

    @Test
    void theGuardItselfCatchesAConnection() {
        assertThatThrownBy(() -> new Socket("127.0.0.1", 9)).isInstanceOf(java.net.SocketException.class);
        assertThatThrownBy(() -> URI.create("http://127.0.0.1:9/x").toURL().openConnection().connect())
                .isInstanceOf(Exception.class);
        assertThat(NetworkGuard.attempts()).isNotEmpty();
    }

    @Test
    void fullAnalysisAndExportNeverTouchTheNetwork() throws Exception {
        Path csv = dir.resolve("radiologi.csv");
        RadiologyCsv.write(csv, 200, 3);
        Path json = dir.resolve("out.json");

        int exit = TelisikCommand.execute("analyze", "--workspace", dir.resolve("ws").toString(), "--case", "offline",
                "--json", json.toString(), csv.toString());

        assertThat(exit).isZero();
        assertThat(json).exists();
        assertThat(NetworkGuard.attempts()).as("network attempts").isEqualTo(List.of());
    }
}
