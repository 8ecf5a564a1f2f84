package org.telisik.workspace;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The connections of one open workspace database and the one way to use them: a unit of work that either
 * commits whole or leaves nothing behind. SQL faults become {@link WorkspaceException}s naming the workspace.
 */
final class Database implements AutoCloseable {
    private final Supplier<JdbcConnectionPool> connector;
    private final String workspaceName;
    private volatile JdbcConnectionPool pool;
    private Work<?> afterCommit = c -> null;
    /** The connection of the transaction this thread is in, so that a nested one joins it (a batch of saves). */
    private final ThreadLocal<Connection> joined = new ThreadLocal<>();
    /** What this thread's transaction learnt and may reuse until it ends ({@link #facts}). */
    private final ThreadLocal<Map<String, Object>> facts = new ThreadLocal<>();

    /** @param connector opens the database again after {@link #compactAndReopen} */
    Database(JdbcConnectionPool pool, Supplier<JdbcConnectionPool> connector, String workspaceName) {
        this.pool = pool;
        this.connector = connector;
        this.workspaceName = workspaceName;
    }

    Database(JdbcConnectionPool pool, String workspaceName) {
        this(pool, () -> pool, workspaceName);
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
     * turns, so a read-then-insert (next sequence number, existing file) never races another writer. Called
     * inside another transaction's work on the same thread, {@code work} joins that transaction: it commits or
     * rolls back with it. A batch of many small saves thus costs one commit (one chunk written and synced by
     * H2, one head file) instead of one each.
     */
    synchronized <T> T transaction(String what, Work<T> work) {
        Connection outer = joined.get();
        try {
            return outer != null ? work.run(outer) : inNewTransaction(work);
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    private <T> T inNewTransaction(Work<T> work) throws SQLException {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            joined.set(c);
            facts.set(new HashMap<>());
            try {
                T result = work.run(c);
                c.commit();
                joined.remove();
                afterCommit.run(c);
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                joined.remove();
                facts.remove(); // a commit or a rollback ends what they knew
                c.setAutoCommit(true);
            }
        }
    }

    /**
     * Facts that the transaction running on {@code c} learnt from its own writes or checks (the audit log's head
     * entry, a case that exists), so that a batch of saves asks the database once instead of once per save. Only
     * this thread's open transaction has them: for any other connection the map is new and empty each time, and
     * a commit or a rollback forgets them. Whoever changes such a fact in the transaction updates or removes it.
     */
    Map<String, Object> facts(Connection c) {
        Map<String, Object> known = facts.get();
        return known != null && joined.get() == c ? known : new HashMap<>();
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

    /**
     * Closes the database with H2's {@code SHUTDOWN COMPACT}, which rewrites the pages still in use into a file
     * of their size; the time it takes grows with that size. Waits for a running transaction to finish.
     */
    synchronized void closeCompacted(String what) {
        try (Connection c = pool.getConnection(); Statement s = c.createStatement()) {
            s.execute("SET TRACE_LEVEL_FILE 0"); // else the pool's rollback of the shut connection is traced as an error
            s.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw failure(what, e);
        } finally {
            pool.dispose();
        }
    }

    /** {@link #closeCompacted} and open the database again; a read running meanwhile fails with a message. */
    synchronized void compactAndReopen(String what) {
        closeCompacted(what);
        pool = connector.get();
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
