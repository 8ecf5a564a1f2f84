package org.telisik.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.telisik.core.model.FileReport;

/**
 * Seals the results a schema-v1 workspace stored before there was an audit log: right after the migration
 * from v1 (and only then, so that a result hash erased later is never silently re-sealed), each file gets its
 * result hash and an {@code evidence-baselined} entry, so that from then on verify can tell any change to it.
 */
final class V1Baseline {
    private V1Baseline() {
    }

    static void seal(Database database, AuditTrail audit) {
        database.transaction("seal results stored before the audit log", c -> {
            List<String> caseIds = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT DISTINCT case_id FROM evidence_file"
                    + " WHERE parent_id IS NULL AND result_sha256 IS NULL ORDER BY case_id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    caseIds.add(rs.getString(1));
                }
            }
            for (String caseId : caseIds) {
                for (FileReport report : new EvidenceReader(c, caseId).read()) {
                    seal(c, audit, caseId, report);
                }
            }
            return null;
        });
    }

    private static void seal(Connection c, AuditTrail audit, String caseId, FileReport report) throws SQLException {
        String digest = ResultDigest.of(report);
        try (PreparedStatement ps = c.prepareStatement("UPDATE evidence_file SET result_sha256 = ? WHERE case_id = ?"
                + " AND parent_id IS NULL AND path = ? AND sha256 IS NOT DISTINCT FROM ? AND result_sha256 IS NULL")) {
            ps.setString(1, digest);
            ps.setString(2, caseId);
            ps.setString(3, report.path());
            ps.setString(4, report.sha256());
            if (ps.executeUpdate() == 0) {
                return;
            }
        }
        Map<String, Object> details = new HashMap<>();
        details.put("path", report.path());
        details.put("sha256", report.sha256());
        details.put("sizeBytes", report.sizeBytes());
        details.put("resultSha256", digest);
        audit.append(c, AuditActions.EVIDENCE_BASELINED, caseId, details);
    }
}
