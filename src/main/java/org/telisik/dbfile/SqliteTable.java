package org.telisik.dbfile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.telisik.core.read.DatabaseValues;
import org.telisik.core.read.RecordSink;

/** One table of an SQLite file streamed into a dataset; a fault ends it incomplete and leaves the others be. */
final class SqliteTable {
    private final Connection db;
    private final String name;
    private final String fileName;

    SqliteTable(Connection db, String name, String fileName) {
        this.db = db;
        this.name = name;
        this.fileName = fileName;
    }

    void read(RecordSink sink) {
        boolean started = false;
        long rows = 0;
        long bytes = 0;
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT * FROM \"" + name.replace("\"", "\"\"") + "\"")) {
            ResultSetMetaData meta = r.getMetaData();
            int n = meta.getColumnCount();
            List<String> columns = new ArrayList<>(n);
            for (int c = 1; c <= n; c++) {
                columns.add(meta.getColumnName(c));
            }
            sink.startDataset(name, "database", null, columns);
            started = true;
            while (r.next()) {
                String[] values = new String[n];
                for (int c = 1; c <= n; c++) {
                    values[c - 1] = DatabaseValues.text(r.getObject(c));
                    bytes += values[c - 1] == null ? 1 : values[c - 1].length() + 1;
                }
                sink.record(values);
                rows++;
            }
            sink.endDataset(true, bytes);
        } catch (SQLException e) {
            DatabaseValues.tableFailed(sink, started, name, fileName, rows, bytes, e, "sqlite3");
        }
    }
}
