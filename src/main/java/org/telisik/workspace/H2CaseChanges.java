package org.telisik.workspace;

import java.sql.PreparedStatement;
import java.util.Map;
import org.telisik.core.model.CaseRecord;

/**
 * Renaming, closing and reopening cases in the {@code case_file} table, each in one transaction with its audit
 * entry. A change that changes nothing (the same name, closing a closed case) writes nothing and is not audited.
 */
final class H2CaseChanges {
    private final Database database;
    private final AuditTrail audit;

    H2CaseChanges(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    /** @param clean the new name, already checked and stripped */
    CaseRecord rename(String caseId, String clean) {
        return database.transaction("rename case " + caseId, c -> {
            CaseRecord before = H2CaseRepository.byId(c, caseId).orElseThrow(() -> H2CaseRepository.noSuchCase(caseId));
            if (before.name().equals(clean)) {
                return before;
            }
            if (H2CaseRepository.byName(c, clean).isPresent()) {
                throw new WorkspaceException("A case named \"" + clean + "\" already exists; choose another name.");
            }
            H2CaseRepository.update(c, caseId, "UPDATE case_file SET name = ? WHERE id = ?", clean);
            audit.append(c, AuditActions.CASE_RENAMED, caseId, Map.of("from", before.name(), "to", clean));
            return H2CaseRepository.byId(c, caseId).orElseThrow();
        });
    }

    /** Closes ({@code close} true) or reopens a case. */
    CaseRecord setClosed(String caseId, boolean close) {
        return database.transaction((close ? "close" : "reopen") + " case " + caseId, c -> {
            CaseRecord before = H2CaseRepository.byId(c, caseId).orElseThrow(() -> H2CaseRepository.noSuchCase(caseId));
            if (before.closed() == close) {
                return before;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE case_file SET closed_at = ? WHERE id = ?")) {
                SqlValues.setInstant(ps, 1, close ? SqlValues.now() : null);
                ps.setString(2, caseId);
                ps.executeUpdate();
            }
            audit.append(c, close ? AuditActions.CASE_CLOSED : AuditActions.CASE_REOPENED, caseId,
                    Map.of("name", before.name()));
            return H2CaseRepository.byId(c, caseId).orElseThrow();
        });
    }
}
