package org.telisik.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import org.telisik.core.model.FileReport;

/**
 * Writes one file's report (its datasets, columns, entities and archive members) on a connection whose
 * transaction the caller owns. A file already in the case with the same path and SHA-256 keeps its row, its
 * place in the import order and its first import time; everything learnt about it is replaced.
 */
final class EvidenceWriter {
    /** Hands out the next place in a case's import order (gaps are harmless: the order is all it is read for). */
    @FunctionalInterface
    interface Ordinals {
        int next(Connection c, String caseId) throws SQLException;
    }

    /** The next place as the case's stored files give it: one MAX over them, so a case of n files costs O(n). */
    static final Ordinals QUERIED = EvidenceWriter::nextTopLevelOrdinal;

    private final Database database;
    private final Connection c;
    private final String caseId;
    private final Instant now;
    private final String importedBy;
    private final Ordinals ordinals;

    /** @param database whose transaction runs on {@code c}: it keeps the statements for the next file */
    EvidenceWriter(Database database, Connection c, String caseId, Instant now, String importedBy, Ordinals ordinals) {
        this.database = database;
        this.c = c;
        this.caseId = caseId;
        this.now = now;
        this.importedBy = importedBy;
        this.ordinals = ordinals;
    }

    EvidenceWriter(Database database, Connection c, String caseId, Instant now, String importedBy) {
        this(database, c, caseId, now, importedBy, QUERIED);
    }

    /**
     * @param id       the stored top-level file's row
     * @param replaced true when the file was in the case already and its analysis was replaced (in the same row)
     */
    record Saved(long id, boolean replaced) {
    }

    /**
     * @param resultSha256 the {@link ResultDigest} of {@code report}, kept on the file's row: written by the insert
     *                     of a new file (one statement instead of an insert and an update per file), on every
     *                     top-level row of the same evidence when a file is replaced, as it always was
     */
    Saved save(FileReport report, Provenance provenance, String resultSha256) throws SQLException {
        OptionalLong existing = findTopLevel(report.path(), report.sha256());
        if (existing.isPresent()) {
            long id = existing.getAsLong();
            update(id, report);
            deleteChildren(id);
            writeChildren(id, report);
            setResultDigest(c, caseId, report, resultSha256);
            return new Saved(id, true);
        }
        return new Saved(insert(null, ordinals.next(c, caseId), report, provenance, resultSha256), false);
    }

    static void setResultDigest(Connection c, String caseId, FileReport report, String digest) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evidence_file SET result_sha256 = ? WHERE case_id = ?"
                + " AND parent_id IS NULL AND path = ? AND sha256 IS NOT DISTINCT FROM ?")) {
            ps.setString(1, digest);
            ps.setString(2, caseId);
            ps.setString(3, report.path());
            ps.setString(4, report.sha256());
            ps.executeUpdate();
        }
    }

    private OptionalLong findTopLevel(String path, String sha256) throws SQLException {
        try (KeptStatement kept = database.statement(c, "SELECT id FROM evidence_file WHERE case_id = ?"
                + " AND parent_id IS NULL AND path = ? AND sha256 IS NOT DISTINCT FROM ? ORDER BY ordinal FETCH FIRST 1 ROW ONLY")) {
            PreparedStatement ps = kept.get();
            ps.setString(1, caseId);
            ps.setString(2, path);
            ps.setString(3, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? OptionalLong.of(rs.getLong(1)) : OptionalLong.empty();
            }
        }
    }

    private static int nextTopLevelOrdinal(Connection c, String caseId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT COALESCE(MAX(ordinal) + 1, 0) FROM evidence_file WHERE case_id = ? AND parent_id IS NULL")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** @param resultSha256 null for an archive member: only a top-level file's result is hashed */
    private long insert(Long parentId, int ordinal, FileReport report, Provenance provenance, String resultSha256)
            throws SQLException {
        long id;
        try (KeptStatement kept = database.statement(c, "INSERT INTO evidence_file (size_bytes, sha256, md5, media_type,"
                + " text_encoding, error_code, error_message, analysed_at, case_id, parent_id, ordinal, path, imported_at,"
                + " imported_by, original_path, modified_at, result_sha256)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            PreparedStatement ps = kept.get();
            int next = bindFileFacts(ps, report);
            ps.setString(next, caseId);
            SqlValues.setLong(ps, next + 1, parentId);
            ps.setInt(next + 2, ordinal);
            ps.setString(next + 3, report.path());
            SqlValues.setInstant(ps, next + 4, now);
            ps.setString(next + 5, importedBy);
            ps.setString(next + 6, provenance.originalPath());
            SqlValues.setInstant(ps, next + 7, provenance.modifiedAt());
            ps.setString(next + 8, resultSha256);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                id = keys.getLong(1);
            }
        }
        writeChildren(id, report);
        return id;
    }

    private void update(long id, FileReport report) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE evidence_file SET size_bytes = ?, sha256 = ?, md5 = ?,"
                + " media_type = ?, text_encoding = ?, error_code = ?, error_message = ?, analysed_at = ? WHERE id = ?")) {
            ps.setLong(bindFileFacts(ps, report), id);
            ps.executeUpdate();
        }
    }

    /** Binds the first eight parameters (what the analysis found) and returns the next parameter index. */
    private int bindFileFacts(PreparedStatement ps, FileReport report) throws SQLException {
        ps.setLong(1, report.sizeBytes());
        ps.setString(2, report.sha256());
        ps.setString(3, report.md5());
        ps.setString(4, report.mediaType());
        ps.setString(5, report.encoding());
        ps.setString(6, report.error() == null ? null : report.error().code().id());
        ps.setString(7, report.error() == null ? null : report.error().message());
        SqlValues.setInstant(ps, 8, now);
        return 9;
    }

    private void deleteChildren(long id) throws SQLException {
        for (String sql : List.of("DELETE FROM evidence_file WHERE parent_id = ?", "DELETE FROM dataset WHERE file_id = ?",
                "DELETE FROM entity_count WHERE file_id = ?")) {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        }
    }

    private void writeChildren(long fileId, FileReport report) throws SQLException {
        ProfileWriter profiles = new ProfileWriter(database, c);
        for (int i = 0; i < report.datasets().size(); i++) {
            profiles.writeDataset(fileId, i, report.datasets().get(i));
        }
        for (int i = 0; i < report.entities().size(); i++) {
            profiles.writeEntity(fileId, i, report.entities().get(i));
        }
        for (int i = 0; i < report.entries().size(); i++) {
            insert(fileId, i, report.entries().get(i), Provenance.UNKNOWN, null);
        }
    }
}
