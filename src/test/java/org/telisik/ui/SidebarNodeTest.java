package org.telisik.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.CaseStatus;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;
import org.telisik.core.model.FileReport;

/** The sidebar's tree data: archive members below their archive, several datasets listed, errors badged upward. */
class SidebarNodeTest {
    private static final CaseRecord CASE = new CaseRecord("c1", "Bocoran Dukcapil Jabar", Instant.parse("2026-11-02T03:00:00Z"));

    private static DatasetProfile dataset(String name, String format) {
        return new DatasetProfile(name, format, format.equals("csv") ? new Dialect(';', '"', true) : null, 120, 9_000,
                true, List.of(), List.of());
    }

    private static FileReport file(String path, FileError error, List<DatasetProfile> datasets, List<FileReport> entries) {
        return new FileReport(path, 10_000, "ab".repeat(32), "cd".repeat(16), "text/csv", "UTF-8", error, datasets,
                entries, List.of());
    }

    @Test
    void archiveMembersAreChildrenNamedAfterTheirEntryAndCarryTheirErrorUp() {
        FileReport good = file("dump.zip!/jabar/part01.csv", null, List.of(dataset("part01", "csv")), List.of());
        FileReport bad = file("dump.zip!/jabar/part02.csv",
                new FileError(ErrorCode.MALFORMED_CSV, "dump.zip!/jabar/part02.csv ends inside a quoted field."), List.of(), List.of());
        SidebarNode.FileNode zip = new SidebarNode.FileNode(CASE, file("/bukti/dump.zip", null, List.of(), List.of(good, bad)));

        assertThat(zip.icon()).isEqualTo("archive");
        assertThat(zip.label()).isEqualTo("dump.zip");
        assertThat(zip.hasError()).isTrue();
        assertThat(zip.children()).extracting(SidebarNode::label).containsExactly("part01.csv", "part02.csv");
        assertThat(zip.children()).extracting(SidebarNode::icon).containsExactly("csv", "file");
        assertThat(zip.children()).extracting(SidebarNode::hasError).containsExactly(false, true);
        assertThat(zip.children()).allMatch(n -> n.owner().equals(CASE));
    }

    @Test
    void onlyACaseWhoseLastImportDidNotFinishIsIncomplete() {
        assertThat(new SidebarNode.CaseNode(CASE).incomplete()).isFalse();
        CaseRecord cancelled = new CaseRecord("c2", "Sampel dibatalkan", CASE.createdAt(), null, null, null,
                CaseStatus.INCOMPLETE);
        assertThat(new SidebarNode.CaseNode(cancelled).incomplete()).isTrue();
        assertThat(new SidebarNode.FileNode(cancelled, file("/bukti/a.csv", null, List.of(), List.of())).incomplete())
                .isFalse();
    }

    @Test
    void aClosedCaseAndEverythingInItShowAsClosed() {
        CaseRecord closed = new CaseRecord("c3", "Sampel lama", CASE.createdAt(), null, null, null, CaseStatus.COMPLETE,
                java.time.Instant.parse("2026-11-20T08:00:00Z"));
        SidebarNode.FileNode sql = new SidebarNode.FileNode(closed, file("/bukti/simrs.sql", null,
                List.of(dataset("pasien", "sql"), dataset("kunjungan", "sql")), List.of()));
        assertThat(new SidebarNode.CaseNode(closed).closed()).isTrue();
        assertThat(sql.closed()).isTrue();
        assertThat(sql.children()).allMatch(SidebarNode::closed);
        assertThat(new SidebarNode.CaseNode(CASE).closed()).isFalse();
    }

    @Test
    void aFileWithSeveralDatasetsListsThemAndAFileWithOneDoesNot() {
        SidebarNode.FileNode sql = new SidebarNode.FileNode(CASE, file("C:\\\\bukti\\\\simrs.sql", null,
                List.of(dataset("pasien", "sql"), dataset("kunjungan", "sql")), List.of()));
        SidebarNode.FileNode csv = new SidebarNode.FileNode(CASE, file("/bukti/pasien.csv", null,
                List.of(dataset("pasien", "csv")), List.of()));

        assertThat(sql.label()).isEqualTo("simrs.sql");
        assertThat(sql.children()).extracting(SidebarNode::label).containsExactly("pasien", "kunjungan");
        assertThat(sql.children()).allMatch(n -> n instanceof SidebarNode.DatasetNode d && d.file() == sql.report());
        assertThat(csv.children()).isEmpty();
        assertThat(csv.icon()).isEqualTo("csv");
    }

    @Test
    void aFileIsTheSameRowOnlyWithTheSameReportAndItsLabelsAreWorkedOutOnce() {
        FileReport part = file("/bukti/bocoran-1/bagian7.csv", null, List.of(dataset("bagian7", "csv")), List.of());
        FileReport reread = file("/bukti/bocoran-1/bagian7.csv", null, List.of(dataset("bagian7", "csv")), List.of());
        FileReport reanalysed = file("/bukti/bocoran-1/bagian7.csv", null, List.of(dataset("bagian7", "csv"),
                dataset("bagian7b", "csv")), List.of());
        FileReport neighbour = file("/bukti/bocoran-1/bagian8.csv", null, List.of(dataset("bagian7", "csv")), List.of());
        SidebarNode.FileNode row = new SidebarNode.FileNode(CASE, part);

        assertThat(row).isEqualTo(new SidebarNode.FileNode(CASE, reread)).hasSameHashCodeAs(new SidebarNode.FileNode(CASE, reread));
        assertThat(row).isNotEqualTo(new SidebarNode.FileNode(CASE, reanalysed)).isNotEqualTo(new SidebarNode.FileNode(CASE, neighbour));
        assertThat(row).isNotEqualTo(new SidebarNode.FileNode(new CaseRecord("c9", "Lain", CASE.createdAt()), part));
        SidebarNode.FileNode sql = new SidebarNode.FileNode(CASE, file("/bukti/simrs.sql", null,
                List.of(dataset("pasien", "sql"), dataset("kunjungan", "sql")), List.of()));
        assertThat(sql.children().get(0)).isEqualTo(sql.children().get(0)).isNotEqualTo(sql.children().get(1));

        // worked out when the node is made (on the worker), shown as is: masked, a control character made visible
        CaseRecord nik = new CaseRecord("c4", "NIK 3404015007090004\u001b[2J", CASE.createdAt());
        SidebarNode.CaseNode caseRow = new SidebarNode.CaseNode(nik);
        assertThat(caseRow.label()).isEqualTo(CaseLabel.of(nik)).doesNotContain("3404015007090004").doesNotContain("\u001b");
        assertThat(new SidebarNode.FileNode(CASE, file("/bukti/evil\r.csv", null, List.of(), List.of())).label())
                .isEqualTo("evil\\x0d.csv");
        assertThat(new SidebarNode.FolderNode(CASE, "bukti/bocoran-1", 1000, false).label()).isEqualTo("bukti/bocoran-1 (1000)");
    }
}
