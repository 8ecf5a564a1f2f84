package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.Annotation;
import org.telisik.core.model.AnnotationTarget;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.AuthenticityCheck;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.DatasetPreview;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.VerificationItem;
import org.telisik.core.model.VerificationReport;
import org.telisik.testdata.RadiologyCsv;

class PortableCaseTest {
    private static final char[] PASSPHRASE = "sate padang".toCharArray();

    @TempDir
    Path tmp;
    private Path archive;
    private CaseRecord exported;
    private FileReport report;
    private String headAtExport;
    private final Estimate estimate = new Estimate(new Estimate.Claim("6 juta data, 720 GB", 720_000_000_000L, 6_000_000L, null),
            new Estimate.BytesPerRecord(311.5, 120_000.0), new Estimate.RecordRange(2_000_000, 2_311_000, 2_600_000),
            "inconsistent", List.of("720 GB / 311.5 bytes per record = 2.3 million records, not 6 million."));

    /** An encrypted workspace whose case has a file (with copy), a missing file, details, claim, results, notes. */
    @BeforeEach
    void exportACase() throws Exception {
        Path csv = tmp.resolve("rujukan.csv");
        RadiologyCsv.write(csv, 60, 5);
        report = Analyses.analyze(csv, false);
        archive = tmp.resolve("kasus.telisik.zip");
        WorkspaceOptions options = WorkspaceOptions.defaults().withPassphrase(PASSPHRASE).withEvidenceCopies(true)
                .withAnalyst("Rina Analis");
        try (H2Workspace ws = H2Workspace.open(tmp.resolve("source"), options)) {
            String id = ws.cases().create("Kebocoran RSUD Kota").id();
            ws.cases().markAnalysisStarted(id, 2);
            ws.evidence().save(id, report);
            ws.evidence().save(id, SampleReports.missing("/bukti/hilang.csv"));
            ws.cases().markAnalysisFinished(id);
            exported = ws.cases().updateDetails(id, "LP/B/9/I/2025", "Rina Analis", "dari kanal Telegram");
            ws.results().saveClaim(id, estimate.claim());
            ws.results().saveEstimate(id, estimate);
            ws.results().saveAuthenticity(id, new Authenticity("consistent",
                    List.of(new AuthenticityCheck("nik-validity", "pass", "60 of 60 NIK valid"))));
            ws.annotations().add(id, Annotation.Kind.TAG, AnnotationTarget.dataset(csv.toString(), "rujukan.csv"), "prioritas");
            headAtExport = ws.audit().head().orElseThrow().hash();
            ExportedCase written = new PortableCases(ws).exportCase(id, archive);
            assertThat(written.files()).isEqualTo(2);
            assertThat(written.evidenceCopies()).isEqualTo(1);
            assertThat(ws.audit().head().orElseThrow().action()).isEqualTo(AuditActions.CASE_EXPORTED);
        }
        Files.delete(csv);
    }

    @Test
    void aCaseMovesToAnotherWorkspaceWithEverythingItHeld() {
        try (H2Workspace target = H2Workspace.open(tmp.resolve("target"),
                WorkspaceOptions.defaults().withAnalyst("Budi Penerima"))) {
            CaseRecord imported = new PortableCases(target).importCase(archive);

            assertThat(imported).isEqualTo(exported);
            assertThat(target.cases().findById(imported.id())).contains(exported);
            assertThat(target.evidence().list(imported.id())).containsExactly(report, SampleReports.missing("/bukti/hilang.csv"));
            assertThat(target.evidence().custody(imported.id())).first().satisfies(info -> {
                assertThat(info.importedBy()).isEqualTo("Rina Analis");
                assertThat(info.copyStored()).isTrue();
            });
            assertThat(target.results().claim(imported.id())).contains(estimate.claim());
            assertThat(target.results().estimate(imported.id())).contains(estimate);
            assertThat(target.results().authenticity(imported.id()).orElseThrow().verdict()).isEqualTo("consistent");
            assertThat(target.annotations().list(imported.id())).singleElement().satisfies(a -> {
                assertThat(a.text()).isEqualTo("prioritas");
                assertThat(a.author()).isEqualTo("Rina Analis");
            });
            assertThat(target.evidenceStore().contains(report.sha256())).isTrue();
            assertThat(target.audit().entries()).extracting(AuditEntry::action).endsWith(AuditActions.CASE_IMPORTED);
            // the archive carries the audit head it was exported at: an anchor for the source workspace
            assertThat(target.audit().head().orElseThrow().detail()).contains("\"sourceAuditHead\":\"" + headAtExport + "\"");
            VerificationReport verified = new WorkspaceVerifier(target).verify();
            assertThat(verified.broken()).isEmpty();

            assertThatThrownBy(() -> new PortableCases(target).importCase(archive))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("is already in this workspace");
        }
    }

    @Test
    void aClosedCaseArrivesClosedWithItsMaskedPreviewsAndVerifies() {
        DatasetPreview preview = new DatasetPreview("/bukti/rujukan.csv", SampleReports.SHA_A, 0, "rujukan_rsud_2023.csv",
                List.of("NIK", "Nama Pasien"), List.of(List.of("3204110609970001", "Siti Wulandari")));
        Path closedArchive = tmp.resolve("ditutup.telisik.zip");
        CaseRecord closed;
        try (H2Workspace ws = H2Workspace.open(tmp.resolve("closing"))) {
            String id = ws.cases().create("Kasus Selesai").id();
            ws.evidence().save(id, SampleReports.radiologyCsv("/bukti/rujukan.csv", SampleReports.SHA_A));
            ws.previews().save(id, List.of(preview));
            closed = ws.cases().close(id);
            new PortableCases(ws).exportCase(id, closedArchive);
        }
        try (H2Workspace target = H2Workspace.open(tmp.resolve("receiving"))) {
            CaseRecord imported = new PortableCases(target).importCase(closedArchive);
            assertThat(imported.closed()).isTrue();
            assertThat(imported.closedAt()).isEqualTo(closed.closedAt());
            assertThat(target.cases().findById(imported.id())).contains(imported);
            assertThat(target.previews().list(imported.id())).containsExactly(preview);
            VerificationReport verified = new WorkspaceVerifier(target).verify();
            assertThat(verified.broken()).isEmpty();
            assertThat(verified.items()).anySatisfy(i -> {
                assertThat(i.check()).isEqualTo(VerificationItem.Check.PREVIEW);
                assertThat(i.outcome()).isEqualTo(VerificationItem.Outcome.HOLDS);
            });
        }
    }

    @Test
    void anAlteredArchiveIsRefusedAndNothingIsImported() throws Exception {
        Path altered = tmp.resolve("diubah.zip");
        try (ZipFile in = new ZipFile(archive.toFile());
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(altered))) {
            for (ZipEntry e : Collections.list(in.entries())) {
                out.putNextEntry(new ZipEntry(e.getName()));
                try (InputStream data = in.getInputStream(e)) {
                    byte[] bytes = data.readAllBytes();
                    if (e.getName().startsWith("evidence/")) {
                        bytes[bytes.length / 2] ^= 1;
                    }
                    out.write(bytes);
                }
                out.closeEntry();
            }
        }
        try (H2Workspace target = H2Workspace.open(tmp.resolve("target"))) {
            assertThatThrownBy(() -> new PortableCases(target).importCase(altered))
                    .isInstanceOf(WorkspaceException.class)
                    .hasMessage("The case archive " + altered + " cannot be imported: entry evidence/sha256/" + report.sha256()
                            + " does not have the SHA-256 listed for it. Ask for a fresh export; nothing was imported.");
            assertThat(target.cases().list()).isEmpty();
            assertThat(target.evidenceStore().contains(report.sha256())).isFalse();
        }
    }

    @Test
    void anArchiveMissingItsChecksumsIsRefused() throws Exception {
        Path bare = tmp.resolve("tanpa-sums.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(bare))) {
            out.putNextEntry(new ZipEntry("case.json"));
            out.write("{}".getBytes());
            out.closeEntry();
        }
        try (H2Workspace target = H2Workspace.open(tmp.resolve("target"))) {
            assertThatThrownBy(() -> new PortableCases(target).importCase(bare))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("it has no SHA256SUMS");
        }
    }

    @Test
    void theAuditHeadAnExportCarriesIsAnAnchorTheSourceWorkspaceStillHolds() {
        try (H2Workspace source = H2Workspace.open(tmp.resolve("source"), WorkspaceOptions.defaults().withPassphrase(PASSPHRASE))) {
            VerificationReport anchored = new WorkspaceVerifier(source).verify(List.of(headAtExport));
            assertThat(anchored.broken()).isEmpty();
            assertThat(anchored.items()).extracting(VerificationItem::check).contains(VerificationItem.Check.AUDIT_ANCHOR);
        }
    }
}
