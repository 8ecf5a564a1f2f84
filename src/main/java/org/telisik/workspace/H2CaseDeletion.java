package org.telisik.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.telisik.core.model.CaseRecord;

/**
 * Deletes a case with everything stored about it, in one transaction with the audit entry that records it: a kill
 * at any instant leaves either the whole case or none of it (the tables cascade from {@code case_file}). The audit
 * log keeps the case's entries, so the chain still verifies and the entry of the deletion tells what was removed.
 * The originals are never touched; copies in the evidence store that no other case uses are removed after the
 * commit (a kill between the two leaves such a copy behind, which the next open sweeps: {@link OrphanCopies}).
 */
final class H2CaseDeletion {
    /** Steps of a deletion, for the crash tests (as {@link WorkspaceSetup#steps}); does nothing otherwise. */
    static volatile Consumer<String> steps = step -> { };

    private final Database database;
    private final AuditTrail audit;
    private final EvidenceStore store;

    H2CaseDeletion(Database database, AuditTrail audit, EvidenceStore store) {
        this.database = database;
        this.audit = audit;
        this.store = store;
    }

    CaseDeletion delete(String caseId) {
        Result deleted = database.transaction("delete case " + caseId, c -> {
            CaseRecord record = H2CaseRepository.byId(c, caseId).orElseThrow(() -> H2CaseRepository.noSuchCase(caseId));
            List<String> files = hashes(c, "SELECT sha256 FROM evidence_file WHERE case_id = ? AND parent_id IS NULL"
                    + " ORDER BY ordinal", caseId);
            List<String> unshared = unsharedCopies(c, caseId);
            steps.accept("delete: read");
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM case_file WHERE id = ?")) {
                ps.setString(1, caseId);
                ps.executeUpdate();
            }
            database.facts(c).remove(H2EvidenceRepository.caseFact(caseId)); // should this transaction save more
            steps.accept("delete: rows removed");
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("name", record.name());
            details.put("files", files.size());
            details.put("sha256", files);
            details.put("evidenceCopies", unshared.size());
            long seq = audit.append(c, AuditActions.CASE_DELETED, caseId, details).seq();
            steps.accept("delete: audited");
            return new Result(new CaseDeletion(caseId, record.name(), files.size(), files, unshared.size(), seq), unshared);
        });
        steps.accept("delete: committed");
        return deleted.removeCopies(store);
    }

    /**
     * The case's hashes held in the store that no other case's file or member has. Only the store's copies are looked
     * up among the other cases (one pass over their hashes), since a workspace without copies has none to remove.
     */
    private List<String> unsharedCopies(Connection c, String caseId) throws SQLException {
        Set<String> own = new LinkedHashSet<>();
        for (String sha : hashes(c, "SELECT DISTINCT sha256 FROM evidence_file WHERE case_id = ? AND sha256 IS NOT NULL", caseId)) {
            if (store.contains(sha)) {
                own.add(sha);
            }
        }
        if (!own.isEmpty()) {
            own.removeAll(new java.util.HashSet<>(hashes(c, "SELECT DISTINCT sha256 FROM evidence_file WHERE case_id <> ?"
                    + " AND sha256 IS NOT NULL", caseId)));
        }
        return List.copyOf(own);
    }

    private static List<String> hashes(Connection c, String sql, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                List<String> all = new ArrayList<>();
                while (rs.next()) {
                    all.add(rs.getString(1));
                }
                return all;
            }
        }
    }

    /** The deletion as committed, with the copies to remove once it is. */
    private record Result(CaseDeletion deletion, List<String> copies) {
        CaseDeletion removeCopies(EvidenceStore store) {
            copies.forEach(store::discard);
            steps.accept("delete: copies removed");
            return deletion;
        }
    }
}
