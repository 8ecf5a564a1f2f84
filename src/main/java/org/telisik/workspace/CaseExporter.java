package org.telisik.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipOutputStream;
import org.telisik.core.OwnerOnlyFiles;
import org.telisik.core.ingest.HashingInputStream;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.FileReport;

/** Writes one case (rows, evidence copies, its audit entries) into a single zip that another Telisik imports. */
final class CaseExporter {
    private final H2Workspace workspace;

    CaseExporter(H2Workspace workspace) {
        this.workspace = workspace;
    }

    ExportedCase export(String caseId, Path archive, DoubleConsumer progress) {
        CaseRecord record = workspace.cases().findById(caseId)
                .orElseThrow(() -> new WorkspaceException("There is no case with id " + caseId + " in this workspace."));
        PortableCase content = portable(record);
        Path tmp = archive.toAbsolutePath().resolveSibling(archive.getFileName() + ".part");
        try {
            int copies;
            try (ZipOutputStream zip = new ZipOutputStream(OwnerOnlyFiles.create(tmp))) {
                ArchiveEntries entries = new ArchiveEntries(zip);
                entries.add(ArchiveEntries.CASE, JsonText.write(content).getBytes(StandardCharsets.UTF_8));
                entries.add(ArchiveEntries.AUDIT, JsonText.write(auditRows(caseId)).getBytes(StandardCharsets.UTF_8));
                copies = addEvidence(entries, content.files(), progress);
                entries.finish();
            }
            Files.move(tmp, archive, StandardCopyOption.REPLACE_EXISTING);
            String sha256 = sha256(archive);
            workspace.audit().append(AuditActions.CASE_EXPORTED, caseId, Map.of("archive", archive.toAbsolutePath().toString(),
                    "archiveSha256", sha256, "files", content.files().size(), "evidenceCopies", copies));
            progress.accept(1.0);
            return new ExportedCase(archive, sha256, content.files().size(), copies);
        } catch (IOException e) {
            throw new WorkspaceException("Could not write the case archive " + archive + " (" + e.getMessage()
                    + "); choose a writable place with enough free space.", e);
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException e) {
                // a leftover .part file is only clutter
            }
        }
    }

    private PortableCase portable(CaseRecord record) {
        List<FileReport> reports = workspace.evidence().list(record.id());
        List<EvidenceInfo> custody = workspace.evidence().custody(record.id());
        List<PortableCase.File> files = new ArrayList<>();
        for (int i = 0; i < reports.size(); i++) {
            EvidenceInfo info = custody.get(i);
            files.add(new PortableCase.File(reports.get(i), info.originalPath(), text(info.modifiedAt()), info.importedBy(),
                    text(info.importedAt()), ResultDigest.of(reports.get(i))));
        }
        List<PortableCase.Note> notes = workspace.annotations().list(record.id()).stream()
                .map(a -> new PortableCase.Note(a.kind().name(), a.target(), a.text(), a.author(), text(a.createdAt())))
                .toList();
        CaseResults results = workspace.results();
        return new PortableCase(PortableCase.FORMAT, record.id(), record.name(), text(record.createdAt()),
                record.caseNumber(), record.analyst(), record.notes(), record.status().id(), files,
                results.claim(record.id()).orElse(null), results.estimate(record.id()).orElse(null),
                results.authenticity(record.id()).orElse(null), notes, text(SqlValues.now()),
                workspace.auditTrail().analyst(),
                workspace.audit().head().map(AuditEntry::hash).orElse(null), text(record.closedAt()),
                workspace.previews().list(record.id()), results.combined(record.id()), results.misfits(record.id()),
                results.attribution(record.id()).orElse(null), results.timeline(record.id()).orElse(null));
    }

    /** Adds the content of each file: the store's copy, else the original when it still has its hash. */
    private int addEvidence(ArchiveEntries entries, List<PortableCase.File> files, DoubleConsumer progress)
            throws IOException {
        Set<String> added = new LinkedHashSet<>();
        EvidenceStore store = workspace.evidenceStore();
        int done = 0;
        for (PortableCase.File f : files) {
            progress.accept(0.95 * done++ / files.size()); // the rest: hashing the archive
            String sha = f.report().sha256();
            if (sha == null || added.contains(sha)) {
                continue;
            }
            String name = ArchiveEntries.EVIDENCE_PREFIX + sha;
            if (store.contains(sha)) {
                try (InputStream in = store.open(sha)) {
                    entries.add(name, in);
                }
                added.add(sha);
            } else if (f.originalPath() != null && Files.isRegularFile(Path.of(f.originalPath()))
                    && sha.equals(sha256(Path.of(f.originalPath())))) {
                try (InputStream in = Files.newInputStream(Path.of(f.originalPath()))) {
                    entries.add(name, in);
                }
                added.add(sha);
            }
        }
        return added.size();
    }

    private List<Map<String, Object>> auditRows(String caseId) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (AuditEntry e : workspace.audit().entries(caseId)) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("seq", e.seq());
            row.put("at", e.at().toString());
            row.put("analyst", e.analyst());
            row.put("action", e.action());
            row.put("detail", e.detail());
            row.put("hash", e.hash());
            rows.add(row);
        }
        return rows;
    }

    static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    static String sha256(Path file) throws IOException {
        try (HashingInputStream in = new HashingInputStream(Files.newInputStream(file))) {
            return in.finish().sha256();
        }
    }
}
