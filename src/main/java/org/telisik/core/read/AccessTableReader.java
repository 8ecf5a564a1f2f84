package org.telisik.core.read;

import org.telisik.core.model.ErrorCode;
import com.healthmarketscience.jackcess.Column;
import com.healthmarketscience.jackcess.Database;
import com.healthmarketscience.jackcess.DatabaseBuilder;
import com.healthmarketscience.jackcess.Row;
import com.healthmarketscience.jackcess.Table;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.telisik.core.model.FileError;

/**
 * Reads every user table of a Microsoft Access database (.mdb, Jet 3/4, and .accdb) with Jackcess, one dataset
 * per table, row by row. Jackcess opens a private temporary copy read-only ({@link TempCopy}), never the evidence.
 * Linked tables (whose rows live in another file) and system tables are not datasets. A table Jackcess cannot read
 * ends incomplete with a warning; the other tables are still read.
 */
public final class AccessTableReader implements TableReader {

    @Override
    public void read(InputStream in, ReadContext context, RecordSink sink) throws IOException {
        try (TempCopy copy = TempCopy.of(in, ".mdb")) {
            Database db;
            try {
                db = new DatabaseBuilder(copy.path()).setReadOnly(true).setAutoSync(false).open();
            } catch (IOException | RuntimeException e) {
                throw new MalformedInputException(new FileError(ErrorCode.MALFORMED_DATABASE, context.fileName()
                        + " could not be opened as an Access database (" + e.getMessage() + "); if it is encrypted or"
                        + " password-protected ask the source for the password, else check it in Access."), e);
            }
            try (db) {
                for (String name : db.getTableNames()) {
                    table(db, name, context.fileName(), sink);
                }
                if (db.getTableNames().isEmpty()) {
                    sink.warning(noTables(context.fileName(), "Access"));
                }
            }
        }
    }

    /** The warning for a database file without tables of its own; shared with the SQLite reader. */
    public static FileError noTables(String fileName, String kind) {
        return new FileError(ErrorCode.NO_TABLES, fileName + " is an " + kind + " database without tables of its"
                + " own (no rows to read); if the source says it holds data, ask for the file again.");
    }

    private static void table(Database db, String name, String fileName, RecordSink sink) {
        boolean started = false;
        long rows = 0;
        long bytes = 0;
        try {
            Table t = db.getTable(name);
            List<String> columns = new ArrayList<>();
            for (Column c : t.getColumns()) {
                columns.add(c.getName());
            }
            sink.startDataset(name, "database", null, columns);
            started = true;
            for (Row row : t) {
                String[] values = new String[columns.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = DatabaseValues.text(row.get(columns.get(i)));
                    bytes += values[i] == null ? 1 : values[i].length() + 1;
                }
                sink.record(values);
                rows++;
            }
            sink.endDataset(true, bytes);
        } catch (IOException | RuntimeException e) {
            DatabaseValues.tableFailed(sink, started, name, fileName, rows, bytes, e, "Access");
        }
    }
}
