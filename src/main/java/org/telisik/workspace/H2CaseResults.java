package org.telisik.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.telisik.core.model.Attribution;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.CombinedMisfit;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.Timeline;

/** Claims in {@code case_claim}; estimate, authenticity, attribution and timeline as JSON in {@code case_result}. */
final class H2CaseResults implements CaseResults {
    static final String ESTIMATE = "estimate";
    static final String AUTHENTICITY = "authenticity";
    static final String ATTRIBUTION = "attribution";
    static final String TIMELINE = "timeline";
    static final String COMBINED = "combined";
    static final String MISFITS = "combined-misfits";

    private final Database database;
    private final AuditTrail audit;

    H2CaseResults(Database database, AuditTrail audit) {
        this.database = database;
        this.audit = audit;
    }

    @Override
    public void saveClaim(String caseId, Estimate.Claim claim) {
        database.transaction("save the claim of case " + caseId, c -> {
            H2EvidenceRepository.requireCase(c, caseId);
            writeClaim(c, caseId, claim, audit.analyst(), SqlValues.now());
            return audit.append(c, AuditActions.CLAIM_SET, caseId, claimDetails(claim));
        });
    }

    @Override
    public Optional<Estimate.Claim> claim(String caseId) {
        return database.read("read the claim of case " + caseId, c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM case_claim WHERE case_id = ?")) {
                ps.setString(1, caseId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    Boolean compressed = rs.getObject("compressed", Boolean.class);
                    return Optional.of(new Estimate.Claim(rs.getString("claim_text"), SqlValues.nullableLong(rs, "size_bytes"),
                            SqlValues.nullableLong(rs, "record_count"), compressed));
                }
            }
        });
    }

    @Override
    public void saveEstimate(String caseId, Estimate estimate) {
        saveResult(caseId, ESTIMATE, estimate);
    }

    @Override
    public Optional<Estimate> estimate(String caseId) {
        return result(caseId, ESTIMATE).map(json -> JsonText.read(json, Estimate.class));
    }

    @Override
    public void saveAuthenticity(String caseId, Authenticity authenticity) {
        saveResult(caseId, AUTHENTICITY, authenticity);
    }

    @Override
    public Optional<Authenticity> authenticity(String caseId) {
        return result(caseId, AUTHENTICITY).map(json -> JsonText.read(json, Authenticity.class));
    }

    @Override
    public void saveAttribution(String caseId, List<Attribution> candidates) {
        saveResult(caseId, ATTRIBUTION, candidates.toArray(new Attribution[0]));
    }

    @Override
    public Optional<List<Attribution>> attribution(String caseId) {
        return result(caseId, ATTRIBUTION).map(json -> List.of(JsonText.read(json, Attribution[].class)));
    }

    @Override
    public void saveTimeline(String caseId, Timeline timeline) {
        saveResult(caseId, TIMELINE, timeline);
    }

    @Override
    public Optional<Timeline> timeline(String caseId) {
        return result(caseId, TIMELINE).map(json -> JsonText.read(json, Timeline.class));
    }

    @Override
    public void saveCombined(String caseId, List<DatasetProfile> combined) {
        saveResult(caseId, COMBINED, combined);
    }

    @Override
    public List<DatasetProfile> combined(String caseId) {
        return result(caseId, COMBINED).map(json -> List.of(JsonText.read(json, DatasetProfile[].class))).orElse(List.of());
    }

    @Override
    public void saveMisfits(String caseId, List<CombinedMisfit> misfits) {
        saveResult(caseId, MISFITS, misfits);
    }

    @Override
    public List<CombinedMisfit> misfits(String caseId) {
        return result(caseId, MISFITS).map(json -> List.of(JsonText.read(json, CombinedMisfit[].class))).orElse(List.of());
    }

    private void saveResult(String caseId, String kind, Object value) {
        String json = JsonText.write(value);
        database.transaction("save the " + kind + " of case " + caseId, c -> {
            H2EvidenceRepository.requireCase(c, caseId);
            writeResult(c, caseId, kind, json);
            return audit.append(c, AuditActions.RESULT_SAVED, caseId, resultDetails(kind, json));
        });
    }

    private Optional<String> result(String caseId, String kind) {
        return database.read("read the " + kind + " of case " + caseId, c -> resultJson(c, caseId, kind));
    }

    /** What the audit entry of a claim holds: the claim itself (no personal data in it). */
    static Map<String, Object> claimDetails(Estimate.Claim claim) {
        return JsonText.object(JsonText.write(claim));
    }

    /** What the audit entry of a result holds: its kind and the hash of its JSON. */
    static Map<String, Object> resultDetails(String kind, String json) {
        Map<String, Object> details = new HashMap<>();
        details.put("kind", kind);
        details.put("resultSha256", H2Annotations.sha256(json));
        return details;
    }

    /** Stores a claim as given (new, or carried over from a portable case) without auditing it. */
    static void writeClaim(Connection c, String caseId, Estimate.Claim claim, String setBy, Instant setAt)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO case_claim (case_id, claim_text, size_bytes,"
                + " record_count, compressed, set_at, set_by) KEY (case_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, caseId);
            ps.setString(2, claim.text() == null ? "" : claim.text());
            SqlValues.setLong(ps, 3, claim.sizeBytes());
            SqlValues.setLong(ps, 4, claim.records());
            SqlValues.setBoolean(ps, 5, claim.compressed());
            SqlValues.setInstant(ps, 6, setAt);
            ps.setString(7, setBy);
            ps.executeUpdate();
        }
    }

    /** Stores a result's JSON (new, or carried over from a portable case) without auditing it. */
    static void writeResult(Connection c, String caseId, String kind, String json) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO case_result (case_id, kind, result_json, computed_at)"
                + " KEY (case_id, kind) VALUES (?, ?, ?, ?)")) {
            ps.setString(1, caseId);
            ps.setString(2, kind);
            ps.setString(3, json);
            SqlValues.setInstant(ps, 4, SqlValues.now());
            ps.executeUpdate();
        }
    }

    static Optional<String> resultJson(Connection c, String caseId, String kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT result_json FROM case_result WHERE case_id = ? AND kind = ?")) {
            ps.setString(1, caseId);
            ps.setString(2, kind);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
