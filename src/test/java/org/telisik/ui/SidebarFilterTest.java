package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;
import org.telisik.core.model.FileReport;

/** The sidebar's folders and filter over a seller's sample in parts, over several folders and an archive. */
class SidebarFilterTest {

    private static FileReport csv(String path) {
        return new FileReport(path, 2_000, "ab".repeat(32), "cd".repeat(16), "text/csv", "UTF-8", null,
                List.of(new DatasetProfile("part", "csv", new Dialect(',', '"', true), 20, 2_000, true, List.of(), List.of())),
                List.of(), List.of());
    }

    private static FileReport broken(String path) {
        return new FileReport(path, 0, null, null, "application/octet-stream", null,
                new FileError(ErrorCode.UNSUPPORTED_FORMAT, path + " is application/octet-stream; convert it to CSV."),
                List.of(), List.of(), List.of());
    }

    private static FileReport zip(String path, FileReport... members) {
        return new FileReport(path, 9_000, "ef".repeat(32), "01".repeat(16), "application/zip", null, null, List.of(),
                List.of(members), List.of());
    }

    private final List<FileReport> sample = List.of(
            csv("/home/analis/bocoran/jabar/part01.csv"), csv("/home/analis/bocoran/jabar/part02.csv"),
            csv("/home/analis/bocoran/jatim/part01.csv"), broken("/home/analis/bocoran/jatim/scan.dcm"),
            zip("/home/analis/bocoran/sisa.zip", csv("/home/analis/bocoran/sisa.zip!/part99.csv"),
                    broken("/home/analis/bocoran/sisa.zip!/foto.bin")),
            csv("/home/analis/bocoran/jabar/part03.csv"));

    @Test
    void filesAreGroupedByTheFolderTheyCameFromNamedFromTheSharedFolder() {
        List<SidebarFolders.Group> groups = SidebarFolders.of(sample);

        assertThat(groups).extracting(SidebarFolders.Group::label)
                .containsExactly("bocoran/jabar", "bocoran/jatim", "bocoran");
        assertThat(groups.get(0).files()).extracting(FileReport::path).containsExactly(
                "/home/analis/bocoran/jabar/part01.csv", "/home/analis/bocoran/jabar/part02.csv",
                "/home/analis/bocoran/jabar/part03.csv");
        assertThat(groups.get(2).files()).extracting(FileReport::path).containsExactly("/home/analis/bocoran/sisa.zip");
    }

    @Test
    void oneFolderIsOneGroupAndWindowsPathsGroupToo() {
        assertThat(SidebarFolders.of(List.of(csv("/a/x.csv"), csv("/a/y.csv")))).singleElement()
                .satisfies(g -> assertThat(g.label()).isEqualTo("a"));
        assertThat(SidebarFolders.of(List.of(csv("C:\\Bukti\\RS\\a.csv"), csv("C:\\Bukti\\Dinas\\b.csv"))))
                .extracting(SidebarFolders.Group::label).containsExactly("Bukti/RS", "Bukti/Dinas");
    }

    @Test
    void filterByNameTypeAndErrorKeepsWholeArchivesWhoseMembersMatch() {
        assertThat(sample.stream().filter(new SidebarFilter("PART01", false)::matches))
                .extracting(FileReport::path).containsExactly("/home/analis/bocoran/jabar/part01.csv",
                        "/home/analis/bocoran/jatim/part01.csv");
        assertThat(sample.stream().filter(new SidebarFilter("part99", false)::matches))
                .extracting(FileReport::path).containsExactly("/home/analis/bocoran/sisa.zip");
        assertThat(sample.stream().filter(new SidebarFilter(" csv ", false)::matches)).hasSize(5);
        assertThat(sample.stream().filter(new SidebarFilter("", true)::matches)).extracting(FileReport::path)
                .containsExactly("/home/analis/bocoran/jatim/scan.dcm", "/home/analis/bocoran/sisa.zip");
        assertThat(sample.stream().filter(new SidebarFilter("dcm", true)::matches)).hasSize(1);
        assertThat(SidebarFilter.NONE.isNone()).isTrue();
        assertThat(sample.stream().filter(SidebarFilter.NONE::matches)).hasSize(sample.size());
    }
}
