package org.telisik.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.telisik.core.ingest.HashingInputStream;
import org.telisik.core.model.Annotation;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.CaseStatus;

/**
 * Imports a portable case archive. Nothing is stored unless every entry has the SHA-256 listed in
 * {@code SHA256SUMS}, every result has the hash recorded with it and every evidence copy has the hash it is
 * named by; the case and its files then go in as one transaction, audited with the archive's hash.
 */
final class CaseImporter {
    private final H2Workspace workspace;

    CaseImporter(H2Workspace workspace) {
        this.workspace = workspace;
    }

    CaseRecord importFrom(Path archive, DoubleConsumer progress) {
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            checkSums(zip, archive);
            PortableCase pc = JsonText.read(new String(read(zip, ArchiveEntries.CASE, archive), StandardCharsets.UTF_8),
                    PortableCase.class);
            if (pc.format() != PortableCase.FORMAT) {
                throw damaged(archive, "it has format " + pc.format() + ", this Telisik reads format " + PortableCase.FORMAT);
            }
            for (PortableCase.File f : pc.files()) {
                if (!ResultDigest.of(f.report()).equals(f.resultSha256())) {
                    throw damaged(archive, "the result of " + f.report().path() + " does not match its recorded hash");
                }
            }
            storeEvidence(zip, archive);
            String archiveSha256 = CaseExporter.sha256(archive);
            return workspace.database().transaction("import the case archive " + archive,
                    c -> insert(c, pc, archive, archiveSha256));
        } catch (IOException e) {
            throw new WorkspaceException("Cannot read the case archive " + archive + " (" + e.getMessage()
                    + "); check that it is a complete Telisik case archive.", e);
        }
    }

    private static void checkSums(ZipFile zip, Path archive) throws IOException {
        Map<String, String> listed = new LinkedHashMap<>();
        for (String line : new String(read(zip, ArchiveEntries.SUMS, archive), StandardCharsets.UTF_8).split("\n")) {
            if (!line.isBlank()) {
                listed.put(line.substring(66), line.substring(0, 64));
            }
        }
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (entry.getName().equals(ArchiveEntries.SUMS)) {
                continue;
            }
            String expected = listed.remove(entry.getName());
            if (expected == null) {
                throw damaged(archive, "entry " + entry.getName() + " is not listed in " + ArchiveEntries.SUMS);
            }
            try (HashingInputStream in = new HashingInputStream(zip.getInputStream(entry))) {
                if (!in.finish().sha256().equals(expected)) {
                    throw damaged(archive, "entry " + entry.getName() + " does not have the SHA-256 listed for it");
                }
            }
        }
        if (!listed.isEmpty()) {
            throw damaged(archive, "entries listed in " + ArchiveEntries.SUMS + " are missing: " + listed.keySet());
        }
    }

    private void storeEvidence(ZipFile zip, Path archive) throws IOException {
        for (ZipEntry entry : Collections.list(zip.entries())) {
            if (!entry.getName().startsWith(ArchiveEntries.EVIDENCE_PREFIX)) {
                continue;
            }
            String sha256 = entry.getName().substring(ArchiveEntries.EVIDENCE_PREFIX.length());
            if (!sha256.matches("[0-9a-f]{64}")) {
                throw damaged(archive, "entry " + entry.getName() + " is not named by a SHA-256");
            }
            try (InputStream in = zip.getInputStream(entry)) {
                if (workspace.evidenceStore().contains(sha256)) {
                    continue;
                }
                if (workspace.evidenceStore().store(in, sha256) == EvidenceStore.Outcome.CONTENT_CHANGED) {
                    throw damaged(archive, "evidence " + sha256 + " does not have the SHA-256 it is named by");
                }
            }
        }
    }

    private CaseRecord insert(Connection c, PortableCase pc, Path archive, String archiveSha256) throws SQLException {
        if (H2CaseRepository.byId(c, pc.id()).isPresent()) {
            throw new WorkspaceException("Case " + pc.name() + " from " + archive + " is already in this workspace.");
        }
        AuditTrail audit = workspace.auditTrail();
        CaseRecord record = new CaseRecord(pc.id(), pc.name(), Instant.parse(pc.createdAt()), pc.caseNumber(), pc.analyst(),
                pc.notes(), CaseStatus.fromId(pc.status()));
        new H2CaseRepository(workspace.database(), audit).insertNew(c, record);
        for (PortableCase.File f : pc.files()) {
            Provenance provenance = new Provenance(f.originalPath(), time(f.modifiedAt()));
            new EvidenceWriter(c, pc.id(), time(f.importedAt()), f.importedBy()).save(f.report(), provenance);
            H2EvidenceRepository.setResultDigest(c, pc.id(), f.report(), f.resultSha256());
            Map<String, Object> details = new HashMap<>();
            details.put("path", f.report().path());
            details.put("sha256", f.report().sha256());
            details.put("resultSha256", f.resultSha256());
            details.put("archiveSha256", archiveSha256);
            audit.append(c, AuditActions.CASE_IMPORTED_EVIDENCE, pc.id(), details);
        }
        insertCaseRecords(c, pc, audit);
        if (pc.previews() != null && !pc.previews().isEmpty()) {
            H2Previews.save(c, pc.id(), pc.previews(), audit);
        }
        Map<String, Object> details = new HashMap<>();
        details.put("archive", archive.toAbsolutePath().toString());
        details.put("archiveSha256", archiveSha256);
        details.put("sourceAuditHead", pc.sourceAuditHead());
        details.put("files", pc.files().size());
        details.put("annotations", pc.annotations().size());
        audit.append(c, AuditActions.CASE_IMPORTED, pc.id(), details);
        return pc.closedAt() == null ? record : closed(c, record, time(pc.closedAt()), audit);
    }

    /** A case closed where it was exported stays closed, with the time it was closed there. */
    private static CaseRecord closed(Connection c, CaseRecord record, Instant closedAt, AuditTrail audit)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE case_file SET closed_at = ? WHERE id = ?")) {
            SqlValues.setInstant(ps, 1, closedAt);
            ps.setString(2, record.id());
            ps.executeUpdate();
        }
        audit.append(c, AuditActions.CASE_CLOSED, record.id(), Map.of("name", record.name(),
                "closedAt", closedAt.toString(), "asExported", true));
        return new CaseRecord(record.id(), record.name(), record.createdAt(), record.caseNumber(), record.analyst(),
                record.notes(), record.status(), closedAt);
    }

    /** Claim, results and annotations, each with the audit entry verify checks it against. */
    private static void insertCaseRecords(Connection c, PortableCase pc, AuditTrail audit) throws SQLException {
        if (pc.claim() != null) {
            H2CaseResults.writeClaim(c, pc.id(), pc.claim(), pc.exportedBy(), time(pc.exportedAt()));
            audit.append(c, AuditActions.CLAIM_SET, pc.id(), H2CaseResults.claimDetails(pc.claim()));
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put(H2CaseResults.ESTIMATE, pc.estimate());
        results.put(H2CaseResults.AUTHENTICITY, pc.authenticity());
        for (Map.Entry<String, Object> r : results.entrySet()) {
            if (r.getValue() != null) {
                String json = JsonText.write(r.getValue());
                H2CaseResults.writeResult(c, pc.id(), r.getKey(), json);
                audit.append(c, AuditActions.RESULT_SAVED, pc.id(), H2CaseResults.resultDetails(r.getKey(), json));
            }
        }
        for (PortableCase.Note n : pc.annotations()) {
            Annotation.Kind kind = Annotation.Kind.valueOf(n.kind());
            long id = H2Annotations.insert(c, pc.id(), kind, n.target(), n.text(), n.author(), time(n.createdAt()));
            audit.append(c, H2Annotations.action(kind), pc.id(), H2Annotations.auditDetails(id, n.target(), n.text()));
        }
    }

    private static Instant time(String text) {
        return text == null ? null : Instant.parse(text);
    }

    private static byte[] read(ZipFile zip, String name, Path archive) throws IOException {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
            throw damaged(archive, "it has no " + name);
        }
        try (InputStream in = zip.getInputStream(entry)) {
            return in.readAllBytes();
        }
    }

    private static WorkspaceException damaged(Path archive, String why) {
        return new WorkspaceException("The case archive " + archive + " cannot be imported: " + why
                + ". Ask for a fresh export; nothing was imported.");
    }
}
