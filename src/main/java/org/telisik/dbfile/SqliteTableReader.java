package org.telisik.dbfile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.telisik.core.model.FileError;
import org.telisik.core.read.AccessTableReader;
import org.telisik.core.read.MalformedInputException;
import org.telisik.core.read.ReadContext;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.read.RecordSink;
import org.telisik.core.read.TableReader;
import org.telisik.core.read.TempCopy;

/**
 * Reads every table of an SQLite database file (mobile and desktop apps) as a dataset, row by row.
 *
 * <p>The evidence is never opened by SQLite: the stream is copied to a private temporary file and that copy is
 * opened with {@code mode=ro&immutable=1}, so no lock, journal, -shm file or hot-journal recovery can happen, on
 * the copy or the original, and archive members read like files. A database in WAL mode may keep committed rows
 * in its {@code -wal} side file; the reader says so when that file lies beside the evidence, as it does for a
 * hot {@code -journal}. A table that cannot be read (a virtual table of an unknown module, a corrupt page) ends
 * incomplete with a warning and the other tables are still read.
 */
final class SqliteTableReader implements TableReader {
    static final String MEDIA_TYPE = "application/x-sqlite3";

    @Override
    public void read(InputStream in, ReadContext context, RecordSink sink) throws IOException {
        try (TempCopy copy = TempCopy.of(in, ".sqlite")) {
            sideFiles(context, copy.path(), sink);
            try (Connection db = open(copy.path())) {
                List<String> tables = tables(db);
                for (String table : tables) {
                    new SqliteTable(db, table, context.fileName()).read(sink);
                }
                if (tables.isEmpty()) {
                    sink.warning(AccessTableReader.noTables(context.fileName(), "SQLite"));
                }
            } catch (SQLException e) {
                throw new MalformedInputException(new FileError(ErrorCode.MALFORMED_DATABASE, context.fileName()
                        + " is not a readable SQLite database (" + e.getMessage() + "); the tables before the fault"
                        + " are kept, check the file with the app that wrote it."), e);
            }
        }
    }

    static Connection open(Path file) throws SQLException {
        Properties p = new Properties();
        p.setProperty("open_mode", "1"); // SQLITE_OPEN_READONLY
        return DriverManager.getConnection("jdbc:sqlite:file:" + file.toAbsolutePath() + "?mode=ro&immutable=1", p);
    }

    private static List<String> tables(Connection db) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement s = db.createStatement();
             ResultSet r = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'"
                     + " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY rowid")) {
            while (r.next()) {
                names.add(r.getString(1));
            }
        }
        return names;
    }

    /** Bytes 18-19 of the header are 2 in WAL mode; its committed rows may still sit in the -wal file. */
    private static void sideFiles(ReadContext context, Path copy, RecordSink sink) throws IOException {
        byte[] head = new byte[20];
        try (InputStream h = java.nio.file.Files.newInputStream(copy)) {
            if (h.readNBytes(head, 0, 20) < 20) {
                return;
            }
        }
        for (String side : new String[] {"-wal", "-journal"}) {
            Path p = context.sibling(side);
            if (p != null) {
                sink.warning(new FileError(ErrorCode.SIDE_FILE_NOT_READ, context.fileName() + " has a " + side
                        + " file beside it" + (head[18] == 2 ? " (the database is in WAL mode)" : "") + " whose changes"
                        + " are not in the rows read here; copy both files and open the copy with sqlite3 to see them."));
            }
        }
    }
}
