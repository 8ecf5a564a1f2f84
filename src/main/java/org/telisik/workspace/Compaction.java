package org.telisik.workspace;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A compaction of the workspace database: its file size before and after and the time it took. H2 writes every
 * commit as a new chunk at the end of the file and frees old pages only later, so many small commits, re-analyses
 * and deletions leave a file many times the size of what it holds (2,000 small files: 133 MB for 4.4 MB of pages).
 * Only a compaction gives that space back; the workspace compacts itself on close when it is worth it and quick
 * ({@link #onClose}), and on demand.
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
     * Up to this much data in use a close compacts ({@code SHUTDOWN COMPACT} reads and rewrites only the pages in use:
     * its time grows with them, not with the file; a 1.8 GB file holding some 20 MB of rows compacted in 2.2 s, and
     * the 292 MB left by deleting a 4,500-file case in 4.3 s under load). Beyond it a close does not compact, so that
     * closing stays quick; the analyst compacts on demand. H2's other way, compacting in
     * place within a time bound ({@code MAX_COMPACT_TIME}), was measured and is switched off: a kill during it lost the
     * last committed transaction ({@code CompactionCrashTest}). Not final: tests lower it.
     */
    static volatile long closeLiveLimitBytes = 128L << 20;
    /** Steps of a close, for the crash tests (as {@link H2CaseDeletion#steps}); does nothing otherwise. */
    static volatile Consumer<String> steps = step -> { };

    /** What a close does with the file. */
    enum OnClose {
        /** Nothing: the file is small or holds little free space. */
        NONE,
        /** {@code SHUTDOWN COMPACT}: a fresh file of the pages in use, written aside and moved into place. */
        COMPACT,
        /** Nothing, though it is worth it: too much in use to rewrite in the time of a close. */
        TOO_LARGE
    }

    /**
     * Compact on close when the file is not tiny and it is more than twice what it held when it was opened (H2's fill
     * rate is read then: in a live session it counts the pages kept for their retention time as used) or what its
     * chunks hold now (which also catches a file whose last close was killed: its fill rate reads 100% at the next
     * opening), or a case was deleted since the opening: what it held is free space of the file now, which the fill
     * rate read at the opening cannot tell. Only when what is in use now ({@code now}'s chunk fill rate, which a live
     * session reads right) is small enough to rewrite in the time of a close; the file's own size does not matter (a
     * deletion that pushed it past 256 MB is compacted). The audit shows each compaction.
     */
    static OnClose onClose(long fileBytes, Measure atOpen, Measure now, boolean caseDeleted) {
        boolean bloated = fileBytes > 2 * atOpen.liveBytes() || fileBytes > 2 * now.chunkLiveBytes();
        if (fileBytes < CLOSE_FLOOR_BYTES || !(caseDeleted || bloated)) {
            return OnClose.NONE;
        }
        return now.chunkLiveBytes() <= closeLiveLimitBytes ? OnClose.COMPACT : OnClose.TOO_LARGE;
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
     * @param fillRate       percent of the file held by pages still in use (only meaningful then)
     * @param chunksFillRate percent of the chunks' bytes still in use (meaningful in a live session too)
     * @param auditSeq  the newest audit entry then (0 for none)
     */
    record Measure(long fileBytes, int fillRate, int chunksFillRate, long auditSeq) {

        /** Bytes in use, as far as H2 knows (an upper bound: the compacted file is often smaller). */
        long liveBytes() {
            return fileBytes * fillRate / 100;
        }

        /** Bytes of the chunks' pages in use, right in a live session too (the pages, before a compaction packs them). */
        long chunkLiveBytes() {
            return fileBytes * chunksFillRate / 100;
        }

        static Measure of(Connection c) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement("SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS"
                    + " WHERE SETTING_NAME IN ('info.FILE_SIZE', 'info.FILL_RATE', 'info.CHUNKS_FILL_RATE')");
                 ResultSet rs = ps.executeQuery()) {
                long size = 0;
                int fill = 100;
                int chunksFill = 100;
                while (rs.next()) {
                    switch (rs.getString(1)) {
                        case "info.FILE_SIZE" -> size = Long.parseLong(rs.getString(2));
                        case "info.FILL_RATE" -> fill = Integer.parseInt(rs.getString(2));
                        default -> chunksFill = Integer.parseInt(rs.getString(2));
                    }
                }
                return new Measure(size, fill, chunksFill, AuditTrail.last(c).map(AuditEntry::seq).orElse(0L));
            }
        }
    }
}
