package org.telisik.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Cases in the {@code case_file} table. */
final class H2CaseRepository implements CaseRepository {
    private static final String COLUMNS = "SELECT id, name, created_at FROM case_file ";

    private final Database database;

    H2CaseRepository(Database database) {
        this.database = database;
    }

    @Override
    public CaseRecord create(String name) {
        String clean = checkName(name);
        return database.transaction("create case " + clean, c -> {
            if (byName(c, clean).isPresent()) {
                throw new WorkspaceException("A case named \"" + clean + "\" already exists; choose another name.");
            }
            return insert(c, clean);
        });
    }

    @Override
    public CaseRecord findOrCreate(String name) {
        String clean = checkName(name);
        return database.transaction("open case " + clean, c -> {
            Optional<CaseRecord> found = byName(c, clean);
            return found.isPresent() ? found.get() : insert(c, clean);
        });
    }

    @Override
    public Optional<CaseRecord> findById(String id) {
        return database.read("read case " + id, c -> single(c, COLUMNS + "WHERE id = ?", id));
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

    private static String checkName(String name) {
        if (name == null || name.isBlank()) {
            throw new WorkspaceException("A case needs a name; give one with --case.");
        }
        return name.strip();
    }

    private static Optional<CaseRecord> byName(Connection c, String name) throws SQLException {
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

    private static CaseRecord insert(Connection c, String name) throws SQLException {
        CaseRecord record = new CaseRecord(UUID.randomUUID().toString(), name, SqlValues.now());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO case_file (id, name, created_at) VALUES (?, ?, ?)")) {
            ps.setString(1, record.id());
            ps.setString(2, record.name());
            SqlValues.setInstant(ps, 3, record.createdAt());
            ps.executeUpdate();
        }
        return record;
    }

    private static CaseRecord record(ResultSet rs) throws SQLException {
        return new CaseRecord(rs.getString("id"), rs.getString("name"), SqlValues.instant(rs, "created_at"));
    }
}
