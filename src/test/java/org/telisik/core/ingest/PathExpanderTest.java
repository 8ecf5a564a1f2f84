package org.telisik.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.FileError;
import org.telisik.testdata.PopulationCsv;
import org.telisik.testdata.SpecialFiles;

/** A leak folder laid out as a hostile seller might: links out of it and special files are listed, never read. */
class PathExpanderTest {
    @TempDir
    Path tmp;

    @Test
    @Timeout(60) // opening the FIFO would block for ever: a hang is the failure
    void linksAndSpecialFilesAreSkippedWithTheirReasonAndTheRestIsListedSortedByPath() throws Exception {
        Path leak = Files.createDirectories(tmp.resolve("bocoran"));
        PopulationCsv.write(leak.resolve("penduduk_01.csv"), 50, 1, ',');
        PopulationCsv.write(Files.createDirectories(leak.resolve("arsip")).resolve("penduduk_02.csv"), 50, 2, ';');
        Files.createSymbolicLink(leak.resolve("akun.csv"), Path.of("/etc/passwd"));
        Files.createSymbolicLink(leak.resolve("sistem"), Path.of("/etc"));
        Files.createSymbolicLink(leak.resolve("hilang.csv"), leak.resolve("tidak-ada.csv"));
        SpecialFiles.fifo(leak.resolve("antrian.csv"));

        List<PathExpander.Found> found = PathExpander.walk(List.of(leak));

        assertThat(found).extracting(PathExpander.Found::path).containsExactly(leak.resolve("akun.csv"),
                leak.resolve("antrian.csv"), leak.resolve("arsip").resolve("penduduk_02.csv"), leak.resolve("hilang.csv"),
                leak.resolve("penduduk_01.csv"), leak.resolve("sistem"));
        Map<String, org.telisik.core.model.ErrorCode> codes = found.stream().filter(f -> !f.toRead()).collect(Collectors.toMap(
                f -> f.path().getFileName().toString(), f -> f.skipped().code()));
        assertThat(codes).containsExactlyInAnyOrderEntriesOf(Map.of("akun.csv", SkipReasons.SYMBOLIC_LINK,
                "sistem", SkipReasons.SYMBOLIC_LINK, "hilang.csv", SkipReasons.SYMBOLIC_LINK,
                "antrian.csv", SkipReasons.SPECIAL_FILE));
        assertThat(found.get(0).skipped().message()).isEqualTo(leak.resolve("akun.csv") + " is a symbolic link to"
                + " /etc/passwd; Telisik never follows links, so it was not read: if its target belongs to the evidence,"
                + " give the target's own path.");
        assertThat(PathExpander.expand(List.of(leak)))
                .containsExactly(leak.resolve("arsip").resolve("penduduk_02.csv"), leak.resolve("penduduk_01.csv"));
    }

    @Test
    @Timeout(60)
    void aLinkOrFifoGivenByNameIsSkippedTooAndAMissingPathIsKeptForTheAnalysisToReport() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("passwd.csv"), Path.of("/etc/passwd"));
        Path pipe = SpecialFiles.fifo(tmp.resolve("pipa.csv"));
        Path missing = tmp.resolve("tidak-ada.csv");

        assertThat(PathExpander.walk(List.of(link, pipe, missing))).extracting(f -> f.path(),
                f -> f.skipped() == null ? null : f.skipped().code())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(link, SkipReasons.SYMBOLIC_LINK),
                        org.assertj.core.groups.Tuple.tuple(pipe, SkipReasons.SPECIAL_FILE),
                        org.assertj.core.groups.Tuple.tuple(missing, null));
    }

    @Test
    void aFolderTheSystemRefusesToListIsReportedAndTheOtherPathsStillCount() throws Exception {
        // /proc/1/map_files cannot be listed without CAP_SYS_ADMIN, even by root in a container
        Path refused = Path.of("/proc/1/map_files");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(refused) && !canList(refused),
                "needs a folder this process cannot list; the CLI test covers it with permissions");
        Path csv = tmp.resolve("penduduk.csv");
        PopulationCsv.write(csv, 20, 3, ',');

        List<PathExpander.Found> found = PathExpander.walk(List.of(refused, csv));

        assertThat(found).hasSize(2);
        FileError error = found.get(0).skipped();
        assertThat(error.code()).isEqualTo(SkipReasons.UNREADABLE_FOLDER);
        assertThat(error.message()).isEqualTo("/proc/1/map_files could not be listed (permission denied), so files"
                + " in it were not analysed; fix its permissions or copy it somewhere readable, then analyse it again.");
        assertThat(found.get(1)).isEqualTo(new PathExpander.Found(csv, null));
    }

    private static boolean canList(Path dir) {
        try (var list = Files.list(dir)) {
            list.count();
            return true;
        } catch (Exception e) {
            return false;
        }
    }
}
