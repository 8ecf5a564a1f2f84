package org.telisik.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.EntityCount;

/** Writes what was learnt inside one file (datasets with their columns, free-text entities) under its row. */
final class ProfileWriter {
    private final Database database;
    private final Connection c;

    ProfileWriter(Database database, Connection c) {
        this.database = database;
        this.c = c;
    }

    void writeDataset(long fileId, int ordinal, DatasetProfile d) throws SQLException {
        long datasetId;
        try (KeptStatement kept = database.statement(c, "INSERT INTO dataset (file_id, ordinal, name, data_format,"
                + " delimiter_char, quote_char, has_header, row_count, byte_count, complete, merged_files)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            PreparedStatement ps = kept.get();
            ps.setLong(1, fileId);
            ps.setInt(2, ordinal);
            ps.setString(3, d.name());
            ps.setString(4, d.format());
            SqlValues.setChar(ps, 5, d.dialect() == null ? null : d.dialect().delimiter());
            SqlValues.setChar(ps, 6, d.dialect() == null ? null : d.dialect().quote());
            SqlValues.setBoolean(ps, 7, d.dialect() == null ? null : d.dialect().header());
            ps.setLong(8, d.rows());
            ps.setLong(9, d.bytes());
            ps.setBoolean(10, d.complete());
            ps.setString(11, JsonText.write(d.files()));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                datasetId = keys.getLong(1);
            }
        }
        if (d.columns().isEmpty()) {
            return;
        }
        // one statement for all the dataset's columns, sent as one batch: a small file's columns are most of its rows
        try (KeptStatement kept = database.statement(c, "INSERT INTO column_profile (dataset_id, ordinal, name,"
                + " semantic_type, confidence, evidence_json, non_empty, distinct_count, distinct_estimated,"
                + " validity_checked, validity_valid, examples_json, stats_json)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            PreparedStatement ps = kept.get();
            for (int i = 0; i < d.columns().size(); i++) {
                bindColumn(ps, datasetId, i, d.columns().get(i));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void bindColumn(PreparedStatement ps, long datasetId, int ordinal, ColumnProfile col)
            throws SQLException {
        ps.setLong(1, datasetId);
        ps.setInt(2, ordinal);
        ps.setString(3, col.name());
        ps.setString(4, col.semanticType().id());
        ps.setDouble(5, col.confidence());
        ps.setString(6, JsonText.write(col.evidence()));
        ps.setLong(7, col.nonEmpty());
        ps.setLong(8, col.distinct());
        ps.setBoolean(9, col.distinctEstimated());
        SqlValues.setLong(ps, 10, col.validity() == null ? null : col.validity().checked());
        SqlValues.setLong(ps, 11, col.validity() == null ? null : col.validity().valid());
        ps.setString(12, JsonText.write(col.examples()));
        ps.setString(13, JsonText.write(col.stats()));
    }

    void writeEntity(long fileId, int ordinal, EntityCount e) throws SQLException {
        try (KeptStatement kept = database.statement(c, "INSERT INTO entity_count (file_id, ordinal, semantic_type,"
                + " found, examples_json) VALUES (?, ?, ?, ?, ?)")) {
            PreparedStatement ps = kept.get();
            ps.setLong(1, fileId);
            ps.setInt(2, ordinal);
            ps.setString(3, e.semanticType().id());
            ps.setLong(4, e.count());
            ps.setString(5, JsonText.write(e.examples()));
            ps.executeUpdate();
        }
    }
}
