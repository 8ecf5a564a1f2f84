package org.telisik.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.jdbcx.JdbcConnectionPool;
import org.h2.mvstore.db.Store;

/**
 * Makes H2 write every commit after the end of its file, never into space freed inside it. H2 (2.5.252) reuses the
 * space of chunks dead for longer than its retention time (45 s), and a commit written there is not found again
 * after SIGKILL: the store opens at an older chunk and loses every commit since (measured: CrashSafetyTest under
 * load, when its runs outlast 45 s; CommitCustodyTest with the retention at 0 loses the first commit at once). At
 * the end of the file the newest chunk is the one H2's recovery reads first. The file grows instead; the
 * compaction on close and on demand ({@link Compaction}) gives the space back, as it already did for the chunks
 * kept within the retention time. H2 has no setting for it, so it is set on the open store, each time it opens.
 */
final class AppendOnlyChunks {
    private AppendOnlyChunks() {
    }

    /**
     * A pool of connections to the database at {@code url}, opened, with H2 set to write every commit after the end
     * of its file; nothing stays open when opening fails.
     */
    static JdbcConnectionPool open(String url, String password) throws SQLException {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "telisik", password);
        try {
            // the connection goes back to the pool, which keeps it and with it the database open
            try (Connection c = pool.getConnection()) {
                if (c.unwrap(JdbcConnection.class).getSession() instanceof SessionLocal local) {
                    Store store = local.getDatabase().getStore();
                    if (store != null && store.getMvStore().getFileStore() != null) {
                        store.getMvStore().getFileStore().setReuseSpace(false);
                    }
                }
            }
            return pool;
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw e;
        }
    }
}
