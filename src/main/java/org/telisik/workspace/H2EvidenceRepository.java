package org.telisik.workspace;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.telisik.core.model.FileReport;

/** Evidence files of cases, written by {@link EvidenceWriter} and read back by {@link EvidenceReader}. */
final class H2EvidenceRepository implements EvidenceRepository {
    private final Database database;
    private final AuditTrail audit;
    private final EvidenceStore store;
    private final boolean copyEvidence;
    private final CountedOrdinals ordinals = new CountedOrdinals();

    H2EvidenceRepository(Database database, AuditTrail audit, EvidenceStore store, boolean copyEvidence) {
        this.database = database;
        this.audit = audit;
        this.store = store;
        this.copyEvidence = copyEvidence;
    }

    @Override
    public long save(String caseId, FileReport report) {
        Provenance provenance = Provenance.of(report.path());
        String copy = copy(report, provenance);
        String resultSha256 = ResultDigest.of(report);
        return database.transaction("save the analysis of " + report.path(), c -> {
            requireCase(database, c, caseId);
            EvidenceWriter.Saved saved = new EvidenceWriter(database, c, caseId, SqlValues.now(), audit.analyst(), ordinals)
                    .save(report, provenance, resultSha256);
            Map<String, Object> details = new HashMap<>();
            details.put("path", report.path());
            details.put("sha256", report.sha256());
            details.put("md5", report.md5());
            details.put("sizeBytes", report.sizeBytes());
            details.put("resultSha256", resultSha256);
            details.put("replaced", saved.replaced());
            details.put("copy", copy);
            audit.append(c, AuditActions.EVIDENCE_SAVED, caseId, details);
            return saved.id();
        });
    }

    /** Copies the original into the store when asked to; says what happened, for the audit entry. */
    private String copy(FileReport report, Provenance provenance) {
        if (!copyEvidence || report.sha256() == null || provenance.originalFile() == null) {
            return "none";
        }
        try {
            return store.store(provenance.originalFile(), report.sha256()).name().toLowerCase(Locale.ROOT);
        } catch (IOException e) {
            throw new WorkspaceException("Could not copy " + report.path() + " into the evidence store of the workspace ("
                    + e.getMessage() + "); free some disk space or open the workspace without evidence copies.", e);
        }
    }

    @Override
    public List<FileReport> list(String caseId) {
        return database.read("read the files of case " + caseId, c -> new EvidenceReader(c, caseId).read());
    }

    @Override
    public List<FileReport> load(String caseId, List<Long> ids) {
        return database.read("read " + ids.size() + " files of case " + caseId, c -> new EvidenceReader(c, caseId).read(ids));
    }

    @Override
    public List<EvidenceInfo> custody(String caseId) {
        return database.read("read the custody of case " + caseId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM evidence_file WHERE case_id = ?"
                    + " AND parent_id IS NULL ORDER BY ordinal")) {
                ps.setString(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<EvidenceInfo> all = new ArrayList<>();
                    while (rs.next()) {
                        String sha = rs.getString("sha256");
                        all.add(new EvidenceInfo(rs.getString("path"), rs.getLong("size_bytes"), sha, rs.getString("md5"),
                                rs.getString("original_path"), SqlValues.instant(rs, "modified_at"),
                                rs.getString("imported_by"), SqlValues.instant(rs, "imported_at"),
                                SqlValues.instant(rs, "analysed_at"), rs.getString("result_sha256"),
                                sha != null && store.contains(sha)));
                    }
                    return all;
                }
            }
        });
    }

    /**
     * {@link #requireCase(Connection, String)} once per transaction: a batch of 200 saves, each with its previews,
     * asked H2 400 times for the same row. The case stays there until the transaction ends: a case is deleted only
     * in a transaction of its own, which forgets what this one knew ({@link H2CaseDeletion}).
     */
    static void requireCase(Database database, Connection c, String caseId) throws SQLException {
        Map<String, Object> known = database.facts(c);
        String fact = caseFact(caseId);
        if (!known.containsKey(fact)) {
            requireCase(c, caseId);
            known.put(fact, Boolean.TRUE);
        }
    }

    /** The key under which a transaction's {@link Database#facts} say that a case's row is there. */
    static String caseFact(String caseId) {
        return "case " + caseId;
    }

    /** Asked before each save of a batch: whether the row is there, without reading the case's record. */
    static void requireCase(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM case_file WHERE id = ?")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new WorkspaceException("There is no case with id " + caseId + " in this workspace.");
                }
            }
        }
    }
}
