package org.telisik.dbfile;

import java.util.Map;
import org.telisik.core.read.ReaderProvider;
import org.telisik.core.read.TableReader;

/** Registers the JDBC-based database file readers (listed in META-INF/services). */
public final class DatabaseFileReaders implements ReaderProvider {
    @Override
    public Map<String, TableReader> readers() {
        return Map.of(SqliteTableReader.MEDIA_TYPE, new SqliteTableReader());
    }
}
