package org.telisik.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The connections of one open workspace database and the one way to use them: a unit of work that either
 * commits whole or leaves nothing behind. SQL faults become {@link WorkspaceException}s naming the workspace.
 */
final class Database implements AutoCloseable {
    private final JdbcConnectionPool pool;
    private final String workspaceName;
    private Work<?> afterCommit = c -> null;

    Database(JdbcConnectionPool pool, String workspaceName) {
        this.pool = pool;
        this.workspaceName = workspaceName;
    }

    /** SQL work on one connection. */
    @FunctionalInterface
    interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    DataSource dataSource() {
        return pool;
    }

    /** Work to run on the connection after every commit (outside the transaction), e.g. publishing a head. */
    void afterCommit(Work<?> hook) {
        this.afterCommit = hook;
    }

    /**
     * Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. Writers take
     * turns, so a read-then-insert (next sequence number, existing file) never races another writer.
     */
    synchronized <T> T transaction(String what, Work<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                afterCommit.run(c);
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /** Runs read-only {@code work} on one snapshot, so several queries see the same state of the workspace. */
    <T> T read(String what, Work<T> work) {
        try (Connection c = pool.getConnection()) {
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    WorkspaceException failure(String what, SQLException e) {
        return new WorkspaceException("Could not " + what + " in workspace " + workspaceName + ": " + e.getMessage()
                + " (SQL state " + e.getSQLState() + ")", e);
    }

    /** Closes the database file itself (not only the connections), so it can be copied or renamed. */
    void shutdown() {
        try (Connection c = pool.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        } catch (SQLException e) {
            // the pool's disposal below still closes the database with its last connection
        } finally {
            pool.dispose();
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
