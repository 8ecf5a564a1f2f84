package org.telisik.workspace;

import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.telisik.core.model.DatasetPreview;

/** Dataset previews in the {@code dataset_preview} table, each tied to its stored dataset. */
final class H2Previews implements PreviewRepository {
    private static final String SELECT = "SELECT e.path, e.sha256, d.ordinal, d.name, p.columns_json, p.rows_json"
            + " FROM dataset_preview p JOIN dataset d ON d.id = p.dataset_id JOIN evidence_file e ON e.id = d.file_id"
            + " WHERE e.case_id = ?";
    private static final String DATASETS = "SELECT d.id FROM dataset d JOIN evidence_file e ON e.id = d.file_id"
            + " WHERE e.case_id = ? AND e.path = ? AND e.sha256 IS NOT DISTINCT FROM ? AND d.ordinal = ?";

    private final Database database;
    private final AuditTrail audit;

    H2Previews(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    @Override
    public int save(String caseId, List<DatasetPreview> previews) {
        if (previews.isEmpty()) {
            return 0;
        }
        return database.transaction("store the preview rows of case " + caseId, c -> save(database, c, caseId, previews, audit));
    }

    /** {@link #save} inside a transaction the caller holds (a case import stores previews with the rest). */
    static int save(Database database, Connection c, String caseId, List<DatasetPreview> previews, AuditTrail audit)
            throws SQLException {
        H2EvidenceRepository.requireCase(database, c, caseId);
        int stored = 0;
        long rows = 0;
        MessageDigest digest = PreviewDigests.sha256();
        Map<String, TreeMap<Integer, byte[]>> byFile = new LinkedHashMap<>();
        for (DatasetPreview preview : previews) {
            String columns = JsonText.write(preview.columns());
            String values = JsonText.write(preview.rows());
            int written = write(database, c, caseId, preview, columns, values);
            if (written > 0) {
                stored++;
                rows += preview.rows().size();
                byte[] text = PreviewDigests.text(columns, values);
                digest.update(text);
                byFile.computeIfAbsent(PreviewDigests.fileKey(preview.filePath(), preview.fileSha256()),
                        k -> new TreeMap<>()).put(preview.datasetIndex(), text); // a later one replaces, as MERGE
            }
        }
        if (stored > 0) {
            List<Map<String, Object>> files = new ArrayList<>();
            byFile.forEach((key, datasets) -> files.add(PreviewDigests.fileRecord(key, datasets.values())));
            audit.append(c, AuditActions.PREVIEW_SAVED, caseId, Map.of("path", previews.get(0).filePath(),
                    "datasets", stored, "rows", rows, "previewSha256", HexFormat.of().formatHex(digest.digest()),
                    "files", files));
        }
        return stored;
    }

    /** Writes the preview of every stored dataset it names (the same file may be stored under two archives). */
    private static int write(Database database, Connection c, String caseId, DatasetPreview p, String columns,
                             String values) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (KeptStatement kept = database.statement(c, DATASETS)) {
            PreparedStatement ps = kept.get();
            ps.setString(1, caseId);
            ps.setString(2, p.filePath());
            ps.setString(3, p.fileSha256());
            ps.setInt(4, p.datasetIndex());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        for (long id : ids) {
            try (KeptStatement kept = database.statement(c, "MERGE INTO dataset_preview (dataset_id, columns_json,"
                    + " rows_json, captured_at) KEY (dataset_id) VALUES (?, ?, ?, ?)")) {
                PreparedStatement ps = kept.get();
                ps.setLong(1, id);
                ps.setString(2, columns);
                ps.setString(3, values);
                SqlValues.setInstant(ps, 4, SqlValues.now());
                ps.executeUpdate();
            }
        }
        return ids.size();
    }

    @Override
    public Optional<DatasetPreview> find(String caseId, String filePath, String fileSha256, int datasetIndex) {
        return database.read("read a preview of case " + caseId, c -> query(c, SELECT
                + " AND e.path = ? AND e.sha256 IS NOT DISTINCT FROM ? AND d.ordinal = ? FETCH FIRST 1 ROW ONLY",
                caseId, filePath, fileSha256, datasetIndex).stream().findFirst());
    }

    @Override
    public List<DatasetPreview> list(String caseId) {
        return database.read("read the previews of case " + caseId, c -> query(c, SELECT + " ORDER BY e.id, d.ordinal",
                caseId));
    }

    private static List<DatasetPreview> query(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<DatasetPreview> all = new ArrayList<>();
                while (rs.next()) {
                    all.add(new DatasetPreview(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            JsonText.strings(rs.getString(5)), JsonText.table(rs.getString(6))));
                }
                return all;
            }
        }
    }
}
