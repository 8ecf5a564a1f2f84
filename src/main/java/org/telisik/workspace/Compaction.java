package org.telisik.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * A compaction of the workspace database: its file size before and after and the time it took. H2 writes every
 * commit as a new chunk at the end of the file and frees old pages only later, so many small commits, re-analyses
 * and deletions leave a file many times the size of what it holds (2,000 small files: 133 MB for 4.4 MB of pages).
 * Only a compaction gives that space back; the workspace compacts itself on close when it is worth it and quick
 * ({@link #worthOnClose}), and on demand.
 *
 * @param bytesBefore size of the database file before
 * @param bytesAfter  size after
 * @param millis      how long the compaction took
 */
public record Compaction(long bytesBefore, long bytesAfter, long millis) {
    /** Trigger recorded in the audit entry of a compaction on close. */
    static final String ON_CLOSE = "close";
    /** Trigger recorded in the audit entry of a compaction the analyst asked for. */
    static final String ON_DEMAND = "on demand";

    /**
     * Below this size a file is not compacted on close: nothing worth an audit entry on every close of a new
     * workspace is gained.
     */
    static final long CLOSE_FLOOR_BYTES = 4L << 20;
    /**
     * Above this file size a close does not compact, so that closing stays quick: {@code SHUTDOWN COMPACT} reads
     * the whole file and rewrites what is in use (2,000 small files: 66 MB to 9 MB in 2.3 s on a busy 2-core
     * machine; see the benchmark). Larger workspaces are compacted on demand.
     */
    static final long CLOSE_LIMIT_BYTES = 256L << 20;

    /**
     * Worth compacting on close: the file is not tiny, it is more than twice what it held when it was opened
     * (H2's fill rate is read then: in a live session it counts the pages kept for their retention time as used),
     * and it is small enough for the time of a close. A case deleted since the opening is reason enough: what it
     * held is free space of the file now (a whole case's pages, and its values, until they are rewritten), which
     * the fill rate read at the opening cannot tell. The audit shows each compaction.
     */
    static boolean worthOnClose(long fileBytes, Measure atOpen, boolean caseDeleted) {
        return fileBytes >= CLOSE_FLOOR_BYTES && (caseDeleted || fileBytes > 2 * atOpen.liveBytes())
                && fileBytes <= CLOSE_LIMIT_BYTES;
    }

    /** True when a case was deleted after the audit entry {@code sinceSeq} (the newest at the opening). */
    static boolean caseDeletedSince(Connection c, long sinceSeq) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM audit_log WHERE seq > ? AND action = ?"
                + " FETCH FIRST 1 ROW ONLY")) {
            ps.setLong(1, sinceSeq);
            ps.setString(2, AuditActions.CASE_DELETED);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** What the audit entry of a compaction holds: what triggered it and the file's size before. */
    static Map<String, Object> details(String trigger, long fileBytes) {
        Map<String, Object> details = new HashMap<>();
        details.put("trigger", trigger);
        details.put("fileBytes", fileBytes);
        return details;
    }

    /**
     * What H2 reports of its file right after opening.
     *
     * @param fileBytes the file's size
     * @param fillRate  percent of the file held by pages still in use (only meaningful then)
     * @param auditSeq  the newest audit entry then (0 for none)
     */
    record Measure(long fileBytes, int fillRate, long auditSeq) {

        /** Bytes in use, as far as H2 knows (an upper bound: the compacted file is often smaller). */
        long liveBytes() {
            return fileBytes * fillRate / 100;
        }

        static Measure of(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE')");
                 ResultSet rs = ps.executeQuery()) {
                long size = 0;
                int fill = 100;
                while (rs.next()) {
                    if (rs.getString(1).equals("info.FILE_SIZE")) {
                        size = Long.parseLong(rs.getString(2));
                    } else {
                        fill = Integer.parseInt(rs.getString(2));
                    }
                }
                return new Measure(size, fill, AuditTrail.last(c).map(AuditEntry::seq).orElse(0L));
            }
        }
    }
}
