package org.telisik.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.ingest.SkipReasons;
import org.telisik.testdata.PopulationCsv;
import org.telisik.testdata.SpecialFiles;

/**
 * {@code telisik analyze} on a leak folder holding a link to a system file, a FIFO and a subfolder it may not
 * read, run as its own process (as an analyst would): exit 1, one line per path passed over, the rest analysed,
 * nothing of the system file in the case and no stack trace. Root ignores permissions, so as root the process
 * runs without the capabilities that let it (setpriv drops CAP_DAC_OVERRIDE and CAP_DAC_READ_SEARCH).
 */
class HostileFolderTest {
    @TempDir
    Path tmp;

    @Test
    void linksFifosAndUnreadableFoldersAreListedPerPathAndTheRestIsAnalysed() throws Exception {
        Path leak = Files.createDirectories(tmp.resolve("bocoran"));
        PopulationCsv.write(leak.resolve("penduduk_01.csv"), 40, 11, ',');
        Path locked = Files.createDirectories(leak.resolve("terkunci"));
        PopulationCsv.write(locked.resolve("penduduk_02.csv"), 40, 12, ',');
        Files.createSymbolicLink(leak.resolve("akun.csv"), Path.of("/etc/passwd"));
        SpecialFiles.fifo(leak.resolve("antrian.csv"));
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        List<String> prefix = withoutPermissionOverride(locked);
        Path json = tmp.resolve("hasil.json");
        try {
            List<String> command = new ArrayList<>(prefix);
            command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-cp", System.getProperty("java.class.path"), "org.telisik.Main", "analyze", "--workspace",
                    tmp.resolve("ws").toString(), "--case", "Bocoran Dukcapil", "--json", json.toString(), leak.toString()));
            Process p = new ProcessBuilder(command).redirectOutput(tmp.resolve("out.txt").toFile())
                    .redirectError(tmp.resolve("err.txt").toFile()).start();
            assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("analysis finished (a FIFO read would block)").isTrue();
            String out = Files.readString(tmp.resolve("out.txt"));
            String err = Files.readString(tmp.resolve("err.txt"));

            assertThat(p.exitValue()).as(err).isEqualTo(1);
            assertThat(err.lines().toList()).containsExactly(
                    "telisik: " + leak.resolve("akun.csv") + ": [symbolic-link] " + leak.resolve("akun.csv")
                            + " is a symbolic link to /etc/passwd; Telisik never follows links, so it was not read: if its"
                            + " target belongs to the evidence, give the target's own path.",
                    "telisik: " + leak.resolve("antrian.csv") + ": [special-file] " + leak.resolve("antrian.csv")
                            + " is not a regular file (a FIFO, device or socket), so it was not read; if its data belongs"
                            + " to the evidence, copy it into a regular file and analyse that.",
                    "telisik: " + locked + ": [unreadable-folder] " + locked + " could not be listed (permission denied),"
                            + " so files in it were not analysed; fix its permissions or copy it somewhere readable, then"
                            + " analyse it again.");
            assertThat(out + err).doesNotContain("Exception").doesNotContain("\tat ");

            String text = Files.readString(json, StandardCharsets.UTF_8);
            assertThat(text).doesNotContain("root:x:0:0").doesNotContain("/bin/bash");
            Map<String, String> codes = new HashMap<>();
            long rows = 0;
            for (JsonNode f : new ObjectMapper().readTree(text).get("files")) {
                codes.put(Path.of(f.get("path").asText()).getFileName().toString(),
                        f.get("error").isNull() ? "" : f.get("error").get("code").asText());
                for (JsonNode d : f.get("datasets")) {
                    rows += d.get("rows").asLong();
                }
            }
            assertThat(codes).containsExactlyInAnyOrderEntriesOf(Map.of("akun.csv", SkipReasons.SYMBOLIC_LINK.toString(),
                    "antrian.csv", SkipReasons.SPECIAL_FILE.toString(), "penduduk_01.csv", "",
                    "terkunci", SkipReasons.UNREADABLE_FOLDER.toString()));
            assertThat(rows).isEqualTo(40);
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    /** Nothing when permissions already stop this user; setpriv without the override capabilities for root. */
    private static List<String> withoutPermissionOverride(Path locked) {
        if (!Files.isReadable(locked)) {
            return List.of();
        }
        Path setpriv = Path.of("/usr/bin/setpriv");
        Assumptions.assumeTrue(Files.isExecutable(setpriv), "running as root without setpriv: cannot make a folder unreadable");
        String caps = "-dac_override,-dac_read_search";
        return List.of(setpriv.toString(), "--inh-caps=" + caps, "--bounding-set=" + caps);
    }
}
