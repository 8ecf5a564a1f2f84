package org.telisik.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.DoubleConsumer;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
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
    private final ArchiveLimits limits;

    CaseImporter(H2Workspace workspace) {
        this(workspace, ArchiveLimits.DEFAULTS);
    }

    CaseImporter(H2Workspace workspace, ArchiveLimits limits) {
        this.workspace = workspace;
        this.limits = limits;
    }

    /**
     * Checks everything first (entries, limits, hashes, the manifest, that neither the case nor its name is here),
     * then stores the evidence copies and inserts the case in one transaction; copies stored by a failed import
     * are removed again, so a refused archive leaves the workspace as it was.
     */
    CaseRecord importFrom(Path archive, DoubleConsumer progress) {
        try (ZipFile zip = open(archive)) {
            ArchiveInspection inspection = new ArchiveInspection(zip, archive, limits);
            ArchiveInspection.Checked checked = inspection.check(done -> progress.accept(0.5 * done));
            PortableCase pc = PortableManifest.parse(checked.caseJson(), archive);
            refuseWhenPresent(pc, archive);
            String archiveSha256 = CaseExporter.sha256(archive);
            List<String> stored = storeEvidence(inspection, checked.evidence(), archive,
                    done -> progress.accept(0.5 + 0.45 * done));
            try {
                CaseRecord record = workspace.database().transaction("import the case archive " + archive,
                        c -> insert(c, pc, archive, archiveSha256));
                progress.accept(1.0);
                return record;
            } catch (RuntimeException e) {
                stored.forEach(workspace.evidenceStore()::discard);
                throw e;
            }
        } catch (BoundedInput.TooLarge e) {
            throw damaged(archive, "an entry expands to " + e.getMessage() + ", beyond what it declares or the limits allow");
        } catch (IOException e) {
            throw new WorkspaceException("Cannot read the case archive " + archive + " (" + e.getMessage()
                    + "); check that it is a complete Telisik case archive.", e);
        }
    }

    private static ZipFile open(Path archive) throws IOException {
        try {
            return new ZipFile(archive.toFile());
        } catch (java.util.zip.ZipException e) {
            throw damaged(archive, "it is not a zip archive (" + e.getMessage() + ")");
        }
    }

    private void refuseWhenPresent(PortableCase pc, Path archive) {
        if (workspace.cases().findById(pc.id()).isPresent()) {
            throw new WorkspaceException("Case " + pc.name() + " from " + archive + " is already in this workspace;"
                    + " nothing was imported.");
        }
        if (workspace.cases().findByName(pc.name()).isPresent()) {
            throw new WorkspaceException("A case named \"" + pc.name() + "\" already exists in this workspace;"
                    + " rename it before importing another case of that name. Nothing was imported.");
        }
    }

    /** @return the hashes stored by this import (not those the store already held), to undo on failure */
    private List<String> storeEvidence(ArchiveInspection inspection, List<ZipEntry> evidence, Path archive,
                                       DoubleConsumer progress) throws IOException {
        List<String> stored = new ArrayList<>();
        try {
            int done = 0;
            for (ZipEntry entry : evidence) {
                String sha256 = entry.getName().substring(ArchiveEntries.EVIDENCE_PREFIX.length());
                if (!workspace.evidenceStore().contains(sha256)) {
                    try (InputStream in = inspection.bounded(entry, false)) {
                        if (workspace.evidenceStore().store(in, sha256) == EvidenceStore.Outcome.CONTENT_CHANGED) {
                            throw damaged(archive, "evidence " + sha256 + " changed while it was imported");
                        }
                    }
                    stored.add(sha256);
                }
                progress.accept((double) ++done / evidence.size());
            }
            return stored;
        } catch (IOException | RuntimeException e) {
            stored.forEach(workspace.evidenceStore()::discard);
            throw e;
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
            new EvidenceWriter(workspace.database(), c, pc.id(), time(f.importedAt()), f.importedBy()).save(f.report(), provenance,
                    f.resultSha256());
            Map<String, Object> details = new HashMap<>();
            details.put("path", f.report().path());
            details.put("sha256", f.report().sha256());
            details.put("resultSha256", f.resultSha256());
            details.put("archiveSha256", archiveSha256);
            audit.append(c, AuditActions.CASE_IMPORTED_EVIDENCE, pc.id(), details);
        }
        insertCaseRecords(c, pc, audit);
        if (pc.previews() != null && !pc.previews().isEmpty()) {
            H2Previews.save(workspace.database(), c, pc.id(), pc.previews(), audit);
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

    /** Claim, results (attribution and timeline too) and annotations, each with the audit entry verify checks it against. */
    private static void insertCaseRecords(Connection c, PortableCase pc, AuditTrail audit) throws SQLException {
        if (pc.claim() != null) {
            H2CaseResults.writeClaim(c, pc.id(), pc.claim(), pc.exportedBy(), time(pc.exportedAt()));
            audit.append(c, AuditActions.CLAIM_SET, pc.id(), H2CaseResults.claimDetails(pc.claim()));
        }
        Map<String, Object> results = new LinkedHashMap<>();
        results.put(H2CaseResults.ESTIMATE, pc.estimate());
        results.put(H2CaseResults.AUTHENTICITY, pc.authenticity());
        // stored as the analysis stored them (a list, written only when it has something), so verify and the
        // desktop read them back the same
        results.put(H2CaseResults.COMBINED, nonEmpty(pc.combined()));
        results.put(H2CaseResults.MISFITS, nonEmpty(pc.misfits()));
        // as stored there: an empty attribution is a finding (no system fits), kept; an older archive has neither
        results.put(H2CaseResults.ATTRIBUTION, pc.attribution());
        results.put(H2CaseResults.TIMELINE, pc.timeline());
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

    private static Object nonEmpty(List<?> list) {
        return list == null || list.isEmpty() ? null : list;
    }

    private static Instant time(String text) {
        return text == null ? null : Instant.parse(text);
    }

    static WorkspaceException damaged(Path archive, String why) {
        return new WorkspaceException("The case archive " + archive + " cannot be imported: " + why
                + ". Ask for a fresh export; nothing was imported.");
    }
}
