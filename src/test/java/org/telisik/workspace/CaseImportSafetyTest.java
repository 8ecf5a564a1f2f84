package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.FileReport;
import org.telisik.testdata.RadiologyCsv;

/**
 * A case archive from elsewhere is untrusted input: whatever is wrong with it, the import says what and writes
 * nothing (no case, no evidence copy, no audit entry, no file outside the workspace).
 */
class CaseImportSafetyTest {
    @TempDir
    Path tmp;
    private Path archive;
    private FileReport report;
    private H2Workspace target;

    /** A real export of a case with one evidence copy, and an empty receiving workspace. */
    @BeforeEach
    void exportACase() throws Exception {
        Path csv = tmp.resolve("rujukan_rsud.csv");
        RadiologyCsv.write(csv, 40, 11);
        report = Analyses.analyze(csv, false);
        archive = tmp.resolve("kasus.zip");
        try (H2Workspace ws = H2Workspace.open(tmp.resolve("source"), WorkspaceOptions.defaults().withEvidenceCopies(true))) {
            String id = ws.cases().create("Kebocoran RSUD").id();
            ws.evidence().save(id, report);
            new PortableCases(ws).exportCase(id, archive);
        }
    }

    private void refused(Path hostile, ArchiveLimits limits, String why) throws IOException {
        try (H2Workspace ws = H2Workspace.open(tmp.resolve("target"))) {
            int auditBefore = ws.audit().entries().size();
            assertThatThrownBy(() -> new CaseImporter(ws, limits).importFrom(hostile, done -> { }))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining(why).hasMessageContaining("nothing was imported");
            assertThat(ws.cases().list()).isEmpty();
            assertThat(ws.evidenceStore().contains(report.sha256())).isFalse();
            assertThat(ws.audit().entries()).hasSize(auditBefore);
        }
        assertThat(tmp.resolve("evil.txt")).doesNotExist();
    }

    @Test
    void anEntryNamedLikeAPathOutsideIsRefused() throws Exception {
        Path hostile = rewrite(Map.of("../../evil.txt", "gotcha".getBytes(StandardCharsets.UTF_8)));
        refused(hostile, ArchiveLimits.DEFAULTS, "entry \"../../evil.txt\" is not part of a Telisik case archive");
    }

    @Test
    void aZipBombIsStoppedAtItsExpansionRatio() throws Exception {
        byte[] zeros = new byte[16 << 20]; // deflates about 1000:1
        String sha = HexFormat.of().formatHex(ArchiveEntries.sha256().digest(zeros));
        Path hostile = rewrite(Map.of(ArchiveEntries.EVIDENCE_PREFIX + sha, zeros));
        refused(hostile, ArchiveLimits.DEFAULTS, "would expand to more than");
    }

    @Test
    void tooManyEntriesAreRefusedBeforeAnyIsRead() throws Exception {
        refused(archive, new ArchiveLimits(3, 1L << 30, 1L << 30, 1L << 32, 400), "it has more than 3 entries");
    }

    @Test
    void aTotalBeyondTheLimitIsRefused() throws Exception {
        refused(archive, new ArchiveLimits(100, 1L << 30, 1L << 30, 2_000, 400), "it expands to more than 2000 bytes");
    }

    @Test
    void aManifestThatIsNoJsonSaysWhereItBreaks() throws Exception {
        Path hostile = rewrite(Map.of(ArchiveEntries.CASE, "{\"format\": 1, \"id\": ".getBytes(StandardCharsets.UTF_8)));
        refused(hostile, ArchiveLimits.DEFAULTS, "case.json is malformed: it is not a case manifest (");
    }

    @Test
    void aManifestWithoutItsIdIsRefused() throws Exception {
        String json = new String(entry(ArchiveEntries.CASE), StandardCharsets.UTF_8).replaceFirst("\"id\":\"[^\"]+\",", "");
        Path hostile = rewrite(Map.of(ArchiveEntries.CASE, json.getBytes(StandardCharsets.UTF_8)));
        refused(hostile, ArchiveLimits.DEFAULTS, "case.json is malformed: the field \"id\" is missing");
    }

    @Test
    void aMalformedChecksumListIsRefused() throws Exception {
        Path hostile = tmp.resolve("sums.zip");
        copyWith(hostile, Map.of(), "not a checksum line\n".getBytes(StandardCharsets.UTF_8));
        refused(hostile, ArchiveLimits.DEFAULTS, "line 1 of SHA256SUMS is not");
    }

    @Test
    void aNameTakenHereIsRefusedBeforeTheEvidenceIsStored() throws Exception {
        try (H2Workspace ws = H2Workspace.open(tmp.resolve("target"))) {
            ws.cases().create("Kebocoran RSUD");
            assertThatThrownBy(() -> new PortableCases(ws).importCase(archive))
                    .isInstanceOf(WorkspaceException.class).hasMessageContaining("already exists in this workspace");
            assertThat(ws.cases().list()).hasSize(1);
            assertThat(ws.evidenceStore().contains(report.sha256())).isFalse();
        }
    }

    @Test
    void aFileThatIsNoZipSaysSo() throws Exception {
        Path text = Files.writeString(tmp.resolve("bukan.zip"), "nik,nama\n3204110609970001,Siti\n");
        refused(text, ArchiveLimits.DEFAULTS, "it is not a zip archive");
    }

    private byte[] entry(String name) throws IOException {
        try (ZipFile zip = new ZipFile(archive.toFile()); InputStream in = zip.getInputStream(zip.getEntry(name))) {
            return in.readAllBytes();
        }
    }

    /** The export with entries replaced or added, and SHA256SUMS listing them correctly. */
    private Path rewrite(Map<String, byte[]> changed) throws IOException {
        Path out = tmp.resolve("hostile-" + changed.size() + "-" + System.nanoTime() + ".zip");
        copyWith(out, changed, null);
        return out;
    }

    private void copyWith(Path out, Map<String, byte[]> changed, byte[] sums) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    entries.put(e.getName(), in.readAllBytes());
                }
            }
        }
        entries.remove(ArchiveEntries.SUMS);
        entries.putAll(changed);
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(out))) {
            ArchiveEntries writer = new ArchiveEntries(zip);
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                writer.add(e.getKey(), e.getValue());
            }
            if (sums == null) {
                writer.finish();
            } else {
                zip.putNextEntry(new ZipEntry(ArchiveEntries.SUMS));
                zip.write(sums);
                zip.closeEntry();
            }
        }
    }
}
