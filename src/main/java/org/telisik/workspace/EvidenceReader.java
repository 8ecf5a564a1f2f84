package org.telisik.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.EntityCount;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;
import org.telisik.core.model.Validity;

/**
 * Rebuilds the reports of a case from its rows with four queries (files, datasets, columns, entities),
 * whatever the number of files, then assembles the archive-member tree in memory. Given the ids of some of its
 * top-level files, it rebuilds only those (with their members), in that order: a run of thousands of files is
 * read back a page at a time.
 */
final class EvidenceReader {
    private static final String OF_CASE = " JOIN evidence_file f ON f.id = %s WHERE f.case_id = ?%s ORDER BY %s";

    private final Connection c;
    private final String caseId;
    private final Map<Long, List<Long>> childrenOf = new HashMap<>();
    private final Map<Long, ResultRow> files = new LinkedHashMap<>();
    private final Map<Long, List<DatasetProfile>> datasetsOf = new HashMap<>();
    private final Map<Long, List<EntityCount>> entitiesOf = new HashMap<>();

    /** The stored facts of one evidence row, before its children are attached. */
    private record ResultRow(String path, long size, String sha256, String md5, String mediaType, String encoding,
                             FileError error) {
    }

    /** The ids of the files to read, top-level ones first, then their members; null to read the whole case. */
    private Long[] only;

    EvidenceReader(Connection c, String caseId) {
        this.c = c;
        this.caseId = caseId;
    }

    /** The given top-level files of the case with their members, in the order given; unknown ids are left out. */
    List<FileReport> read(List<Long> topLevel) throws SQLException {
        List<Long> ids = new ArrayList<>(topLevel);
        only = ids.toArray(Long[]::new);
        readFiles("SELECT * FROM evidence_file WHERE case_id = ? AND id = ANY(?) ORDER BY ordinal");
        for (Long[] level = only; level.length > 0; ) { // members, one archive depth at a time
            int known = files.size();
            only = level;
            readFiles("SELECT * FROM evidence_file WHERE case_id = ? AND parent_id = ANY(?) ORDER BY parent_id, ordinal");
            level = files.keySet().stream().skip(known).toArray(Long[]::new);
        }
        only = files.keySet().toArray(Long[]::new);
        readRest();
        List<FileReport> out = new ArrayList<>();
        for (long id : topLevel) {
            if (files.containsKey(id)) {
                out.add(assemble(id));
            }
        }
        return out;
    }

    List<FileReport> read() throws SQLException {
        readFiles("SELECT * FROM evidence_file WHERE case_id = ? ORDER BY parent_id NULLS FIRST, ordinal");
        readRest();
        List<FileReport> top = new ArrayList<>();
        for (long id : childrenOf.getOrDefault(0L, List.of())) {
            top.add(assemble(id));
        }
        return top;
    }

    private void readRest() throws SQLException {
        Map<Long, List<ColumnProfile>> columnsOf = readColumns();
        readDatasets(columnsOf);
        readEntities();
    }

    private FileReport assemble(long id) {
        ResultRow r = files.get(id);
        List<FileReport> entries = new ArrayList<>();
        for (long child : childrenOf.getOrDefault(id, List.of())) {
            entries.add(assemble(child));
        }
        return new FileReport(r.path(), r.size(), r.sha256(), r.md5(), r.mediaType(), r.encoding(), r.error(),
                datasetsOf.getOrDefault(id, List.of()), entries, entitiesOf.getOrDefault(id, List.of()));
    }

    private void readFiles(String sql) throws SQLException {
        try (ResultSet rs = query(sql)) {
            while (rs.next()) {
                long id = rs.getLong("id");
                Long parent = SqlValues.nullableLong(rs, "parent_id");
                String code = rs.getString("error_code");
                files.put(id, new ResultRow(rs.getString("path"), rs.getLong("size_bytes"), rs.getString("sha256"),
                        rs.getString("md5"), rs.getString("media_type"), rs.getString("text_encoding"),
                        code == null ? null : new FileError(ErrorCode.fromId(code), rs.getString("error_message"))));
                // top-level files hang under the pseudo-parent 0, which no identity column ever produces
                childrenOf.computeIfAbsent(parent == null ? 0L : parent, k -> new ArrayList<>()).add(id);
            }
        }
    }

    private Map<Long, List<ColumnProfile>> readColumns() throws SQLException {
        Map<Long, List<ColumnProfile>> columnsOf = new HashMap<>();
        try (ResultSet rs = query("SELECT p.* FROM column_profile p JOIN dataset d ON d.id = p.dataset_id"
                + ofCase("d.file_id", "p.dataset_id, p.ordinal"))) {
            while (rs.next()) {
                Long checked = SqlValues.nullableLong(rs, "validity_checked");
                ColumnProfile col = new ColumnProfile(rs.getString("name"), SemanticType.fromId(rs.getString("semantic_type")),
                        rs.getDouble("confidence"), JsonText.strings(rs.getString("evidence_json")), rs.getLong("non_empty"),
                        rs.getLong("distinct_count"), rs.getBoolean("distinct_estimated"),
                        checked == null ? null : new Validity(checked, rs.getLong("validity_valid")),
                        JsonText.strings(rs.getString("examples_json")), JsonText.object(rs.getString("stats_json")));
                columnsOf.computeIfAbsent(rs.getLong("dataset_id"), k -> new ArrayList<>()).add(col);
            }
        }
        return columnsOf;
    }

    private void readDatasets(Map<Long, List<ColumnProfile>> columnsOf) throws SQLException {
        try (ResultSet rs = query("SELECT d.* FROM dataset d" + ofCase("d.file_id", "d.file_id, d.ordinal"))) {
            while (rs.next()) {
                Long delimiter = SqlValues.nullableLong(rs, "delimiter_char");
                Dialect dialect = delimiter == null ? null : new Dialect((char) delimiter.longValue(),
                        (char) rs.getInt("quote_char"), rs.getBoolean("has_header"));
                DatasetProfile d = new DatasetProfile(rs.getString("name"), rs.getString("data_format"), dialect,
                        rs.getLong("row_count"), rs.getLong("byte_count"), rs.getBoolean("complete"),
                        columnsOf.getOrDefault(rs.getLong("id"), List.of()), JsonText.strings(rs.getString("merged_files")));
                datasetsOf.computeIfAbsent(rs.getLong("file_id"), k -> new ArrayList<>()).add(d);
            }
        }
    }

    private void readEntities() throws SQLException {
        try (ResultSet rs = query("SELECT e.* FROM entity_count e" + ofCase("e.file_id", "e.file_id, e.ordinal"))) {
            while (rs.next()) {
                EntityCount e = new EntityCount(SemanticType.fromId(rs.getString("semantic_type")), rs.getLong("found"),
                        JsonText.strings(rs.getString("examples_json")));
                entitiesOf.computeIfAbsent(rs.getLong("file_id"), k -> new ArrayList<>()).add(e);
            }
        }
    }

    private String ofCase(String fileId, String order) {
        return String.format(OF_CASE, fileId, only == null ? "" : " AND f.id = ANY(?)", order);
    }

    /** Runs a query on the case id (and the ids read, when only some are); the result set closes its statement. */
    private ResultSet query(String sql) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.closeOnCompletion();
        ps.setString(1, caseId);
        if (only != null) {
            ps.setObject(2, only);
        }
        return ps.executeQuery();
    }
}
