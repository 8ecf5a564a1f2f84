package org.telisik.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/**
 * Moves the audit head file forward after each commit, but never over the evidence of a cut: when the file is
 * missing although it was kept, unreadable, or names an entry the log no longer holds, it is left as it is, so
 * that verify keeps reporting what happened instead of the next action silently hiding it. The first successful
 * write is recorded in {@link CustodyFacts}, so that from then on a missing file counts as deleted.
 */
final class AuditHeadKeeper {
    private final AuditHeadFile file;
    private boolean kept;

    AuditHeadKeeper(AuditHeadFile file, boolean kept) {
        this.file = file;
        this.kept = kept;
    }

    /** Runs after a commit on its connection (autocommit off); commits the fact it may record. */
    synchronized void publish(Connection c) throws SQLException {
        Optional<AuditEntry> last = AuditTrail.last(c);
        if (last.isEmpty() || !safeToAdvance(c)) {
            return;
        }
        if (file.write(last.get()) && !kept) {
            try {
                CustodyFacts.add(c, CustodyFacts.HEAD_FILE_KEPT, "since entry " + last.get().seq());
                c.commit();
                kept = true;
            } catch (SQLException e) {
                c.rollback(); // the work before is committed; the fact is recorded at the next commit
            }
        }
    }

    private boolean safeToAdvance(Connection c) throws SQLException {
        if (!file.exists()) {
            return !kept;
        }
        Optional<AuditHeadFile.Head> recorded = file.read();
        return recorded.isPresent() && recorded.get().hash().equals(hashAt(c, recorded.get().seq()));
    }

    private static String hashAt(Connection c, long seq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT entry_hash FROM audit_log WHERE seq = ?")) {
            ps.setLong(1, seq);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
