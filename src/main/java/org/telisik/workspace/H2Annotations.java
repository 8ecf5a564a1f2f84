package org.telisik.workspace;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.telisik.core.model.Annotation;
import org.telisik.core.model.AnnotationTarget;

/** Tags and notes in the {@code annotation} table; the audit entry holds the text's hash, not the text. */
final class H2Annotations implements AnnotationRepository {
    private final Database database;
    private final AuditTrail audit;

    H2Annotations(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    @Override
    public Annotation add(String caseId, Annotation.Kind kind, AnnotationTarget target, String text) {
        if (text == null || text.isBlank()) {
            throw new WorkspaceException("A " + kind.name().toLowerCase(Locale.ROOT) + " needs some text.");
        }
        String body = text.strip();
        Instant now = SqlValues.now();
        return database.transaction("add a " + kind.name().toLowerCase(Locale.ROOT), c -> {
            H2EvidenceRepository.requireCase(c, caseId);
            long id = insert(c, caseId, kind, target, body, audit.analyst(), now);
            audit.append(c, action(kind), caseId, auditDetails(id, target, body));
            return new Annotation(id, caseId, kind, target, body, audit.analyst(), now);
        });
    }

    /** Inserts one annotation as given (new, or carried over from a portable case) without auditing it. */
    static long insert(Connection c, String caseId, Annotation.Kind kind, AnnotationTarget target, String body,
                       String author, Instant createdAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO annotation (case_id, kind, file_path, dataset_name,"
                + " column_name, finding_id, body, author, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, caseId);
            ps.setString(2, kind.name().toLowerCase(Locale.ROOT));
            ps.setString(3, target.filePath());
            ps.setString(4, target.dataset());
            ps.setString(5, target.column());
            ps.setString(6, target.finding());
            ps.setString(7, body);
            ps.setString(8, author);
            SqlValues.setInstant(ps, 9, createdAt);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    @Override
    public List<Annotation> list(String caseId) {
        return database.read("read the tags and notes of case " + caseId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM annotation WHERE case_id = ? ORDER BY id")) {
                ps.setString(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Annotation> all = new ArrayList<>();
                    while (rs.next()) {
                        all.add(new Annotation(rs.getLong("id"), caseId,
                                Annotation.Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
                                new AnnotationTarget(rs.getString("file_path"), rs.getString("dataset_name"),
                                        rs.getString("column_name"), rs.getString("finding_id")),
                                rs.getString("body"), rs.getString("author"), SqlValues.instant(rs, "created_at")));
                    }
                    return all;
                }
            }
        });
    }

    static String action(Annotation.Kind kind) {
        return kind == Annotation.Kind.TAG ? AuditActions.TAG_ADDED : AuditActions.NOTE_ADDED;
    }

    /** What the audit entry of an annotation holds: its id, target and the hash of its text (not the text). */
    static Map<String, Object> auditDetails(long id, AnnotationTarget target, String body) {
        Map<String, Object> details = new HashMap<>();
        details.put("annotation", id);
        details.put("target", JsonText.object(JsonText.write(target)));
        details.put("textSha256", sha256(body));
        return details;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }
}
