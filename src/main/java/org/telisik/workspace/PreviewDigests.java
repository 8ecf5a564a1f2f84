package org.telisik.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SHA-256 of a file's masked previews, as {@link H2Previews} records it in the audit log when it stores them
 * and as {@link PreviewChecks} recomputes it from what is stored: each dataset's columns and rows JSON as stored,
 * each followed by a line break, in dataset order.
 */
final class PreviewDigests {
    private PreviewDigests() {
    }

    /** One evidence file's stored previews: its path and hash, and the SHA-256 of its previews in dataset order. */
    record StoredFilePreviews(String path, String fileSha256, String previewSha256) {
    }

    /** A file's path and hash in one key (no path Telisik records holds a line break). */
    static String fileKey(String path, String sha256) {
        return path + "\n" + (sha256 == null ? "" : sha256);
    }

    /** What is hashed of one dataset's preview. */
    static byte[] text(String columnsJson, String rowsJson) {
        return (columnsJson + "\n" + rowsJson + "\n").getBytes(StandardCharsets.UTF_8);
    }

    /** The audit record of one file's previews; {@code datasets} holds each dataset's {@link #text}, in order. */
    static Map<String, Object> fileRecord(String key, Collection<byte[]> datasets) {
        MessageDigest digest = sha256();
        datasets.forEach(digest::update);
        Map<String, Object> file = new LinkedHashMap<>();
        int cut = key.indexOf('\n');
        file.put("path", key.substring(0, cut));
        if (cut + 1 < key.length()) {
            file.put("sha256", key.substring(cut + 1));
        }
        file.put("previewSha256", HexFormat.of().formatHex(digest.digest()));
        return file;
    }

    /** The previews of a case as stored: per evidence file, in import order, the SHA-256 of its previews. */
    static List<StoredFilePreviews> stored(Connection c, String caseId) throws SQLException {
        Map<Long, Pending> files = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.path, e.sha256, p.columns_json, p.rows_json"
                + " FROM dataset_preview p JOIN dataset d ON d.id = p.dataset_id JOIN evidence_file e ON e.id = d.file_id"
                + " WHERE e.case_id = ? ORDER BY e.id, d.ordinal")) {
            ps.setString(1, caseId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String path = rs.getString(2);
                    String sha = rs.getString(3);
                    files.computeIfAbsent(rs.getLong(1), id -> new Pending(path, sha, sha256()))
                            .digest().update(text(rs.getString(4), rs.getString(5)));
                }
            }
        }
        return files.values().stream().map(f -> new StoredFilePreviews(f.path(), f.sha256(),
                HexFormat.of().formatHex(f.digest().digest()))).toList();
    }

    /** A file whose previews are still being hashed. */
    private record Pending(String path, String sha256, MessageDigest digest) {
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
