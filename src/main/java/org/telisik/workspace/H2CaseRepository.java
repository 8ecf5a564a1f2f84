package org.telisik.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.CaseStatus;

/** Cases in the {@code case_file} table; each change is audited in its own transaction. */
final class H2CaseRepository implements CaseRepository {
    private static final String COLUMNS = "SELECT id, name, created_at, case_number, analyst, notes, status, closed_at"
            + " FROM case_file ";

    private final Database database;
    private final AuditTrail audit;
    private final H2CaseChanges changes;
    private final EvidenceStore store;

    /** A repository that only inserts (a case import): it cannot delete. */
    H2CaseRepository(Database database, AuditTrail audit) {
        this(database, audit, null);
    }

    H2CaseRepository(Database database, AuditTrail audit, EvidenceStore store) {
        this.database = database;
        this.audit = audit;
        this.changes = new H2CaseChanges(database, audit);
        this.store = store;
    }

    @Override
    public CaseRecord create(String name) {
        String clean = checkName(name);
        return database.transaction("create case " + clean, c -> {
            if (byName(c, clean).isPresent()) {
                throw new WorkspaceException("A case named \"" + clean + "\" already exists; choose another name.");
            }
            return insert(c, new CaseRecord(UUID.randomUUID().toString(), clean, SqlValues.now()));
        });
    }

    @Override
    public CaseRecord findOrCreate(String name) {
        String clean = checkName(name);
        return database.transaction("open case " + clean, c -> {
            Optional<CaseRecord> found = byName(c, clean);
            return found.isPresent() ? found.get()
                    : insert(c, new CaseRecord(UUID.randomUUID().toString(), clean, SqlValues.now()));
        });
    }

    @Override
    public Optional<CaseRecord> findById(String id) {
        return database.read("read case " + id, c -> byId(c, id));
    }

    @Override
    public Optional<CaseRecord> findByName(String name) {
        return database.read("read case " + name, c -> byName(c, name));
    }

    @Override
    public List<CaseRecord> list() {
        return database.read("list cases", c -> {
            try (PreparedStatement ps = c.prepareStatement(COLUMNS + "ORDER BY created_at DESC, name");
                 ResultSet rs = ps.executeQuery()) {
                List<CaseRecord> all = new ArrayList<>();
                while (rs.next()) {
                    all.add(record(rs));
                }
                return all;
            }
        });
    }

    @Override
    public CaseRecord updateDetails(String caseId, String caseNumber, String analyst, String notes) {
        return database.transaction("change the details of case " + caseId, c -> {
            update(c, caseId, "UPDATE case_file SET case_number = ?, analyst = ?, notes = ? WHERE id = ?",
                    caseNumber, analyst, notes);
            Map<String, Object> details = new HashMap<>();
            details.put("caseNumber", caseNumber);
            details.put("analyst", analyst);
            details.put("notesLength", notes == null ? 0 : notes.length());
            audit.append(c, AuditActions.CASE_DETAILS_CHANGED, caseId, details);
            return byId(c, caseId).orElseThrow();
        });
    }

    @Override
    public CaseRecord rename(String caseId, String newName) {
        return changes.rename(caseId, checkName(newName));
    }

    @Override
    public CaseRecord close(String caseId) {
        return changes.setClosed(caseId, true);
    }

    @Override
    public CaseRecord reopen(String caseId) {
        return changes.setClosed(caseId, false);
    }

    @Override
    public CaseDeletion delete(String caseId) {
        return new H2CaseDeletion(database, audit, store).delete(caseId);
    }

    @Override
    public void markAnalysisStarted(String caseId, int fileCount) {
        findById(caseId).filter(CaseRecord::closed).ifPresent(closed -> {
            throw new WorkspaceException("The case \"" + closed.name() + "\" is closed, so nothing can be imported into"
                    + " it; reopen the case first, or import into another case.");
        });
        setStatus(caseId, CaseStatus.INCOMPLETE, AuditActions.ANALYSIS_STARTED, Map.of("paths", fileCount));
    }

    @Override
    public void markAnalysisFinished(String caseId) {
        setStatus(caseId, CaseStatus.COMPLETE, AuditActions.ANALYSIS_FINISHED, Map.of());
    }

    private void setStatus(String caseId, CaseStatus status, String action, Map<String, Object> details) {
        database.transaction("mark case " + caseId + " " + status.id(), c -> {
            update(c, caseId, "UPDATE case_file SET status = ? WHERE id = ?", status.id());
            return audit.append(c, action, caseId, details);
        });
    }

    /** Runs an update whose last parameter is the case id; fails clearly when no case has that id. */
    static void update(Connection c, String caseId, String sql, String... values) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                ps.setString(i + 1, values[i]);
            }
            ps.setString(values.length + 1, caseId);
            if (ps.executeUpdate() == 0) {
                throw noSuchCase(caseId);
            }
        }
    }

    static WorkspaceException noSuchCase(String caseId) {
        return new WorkspaceException("There is no case with id " + caseId + " in this workspace.");
    }

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new WorkspaceException("A case needs a name; give one with --case.");
        }
        return name.strip();
    }

    static Optional<CaseRecord> byId(Connection c, String id) throws SQLException {
        return single(c, COLUMNS + "WHERE id = ?", id);
    }

    static Optional<CaseRecord> byName(Connection c, String name) throws SQLException {
        return single(c, COLUMNS + "WHERE name = ?", name);
    }

    private static Optional<CaseRecord> single(Connection c, String sql, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(record(rs)) : Optional.empty();
            }
        }
    }

    /** Inserts a case carried over from a portable case, failing clearly when its name is taken. */
    CaseRecord insertNew(Connection c, CaseRecord record) throws SQLException {
        if (byName(c, record.name()).isPresent()) {
            throw new WorkspaceException("A case named \"" + record.name() + "\" already exists in this workspace;"
                    + " rename it before importing another case of that name.");
        }
        return insert(c, record);
    }

    /** Inserts a case as given and audits it. */
    private CaseRecord insert(Connection c, CaseRecord record) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_file (id, name, created_at, case_number, analyst,"
                + " notes, status, closed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, record.id());
            ps.setString(2, record.name());
            SqlValues.setInstant(ps, 3, record.createdAt());
            ps.setString(4, record.caseNumber());
            ps.setString(5, record.analyst());
            ps.setString(6, record.notes());
            ps.setString(7, record.status().id());
            SqlValues.setInstant(ps, 8, record.closedAt());
            ps.executeUpdate();
        }
        audit.append(c, AuditActions.CASE_CREATED, record.id(), Map.of("name", record.name()));
        return record;
    }

    private static CaseRecord record(ResultSet rs) throws SQLException {
        return new CaseRecord(rs.getString("id"), rs.getString("name"), SqlValues.instant(rs, "created_at"),
                rs.getString("case_number"), rs.getString("analyst"), rs.getString("notes"),
                CaseStatus.fromId(rs.getString("status")), SqlValues.instant(rs, "closed_at"));
    }
}
