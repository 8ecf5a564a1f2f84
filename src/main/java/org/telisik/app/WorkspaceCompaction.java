package org.telisik.app;

import java.time.Duration;
import org.telisik.workspace.Compaction;
import org.telisik.workspace.Workspace;

/**
 * The use case behind {@code telisik workspace compact} and File ▸ Compact workspace: give the space the
 * workspace file no longer uses back to the disk. The workspace already does it on close when that is quick;
 * this one runs whatever the size, audited, and leaves the workspace open.
 */
public final class WorkspaceCompaction {
    private final Workspace workspace;

    public WorkspaceCompaction(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What a compaction did: the file's size before and after, and the time it took. */
    public record Result(long bytesBefore, long bytesAfter, Duration took) {
        /** Bytes given back to the disk (0 when the file did not shrink). */
        public long bytesFreed() {
            return Math.max(0, bytesBefore - bytesAfter);
        }
    }

    /** Compacts now; the time grows with what the workspace holds (about a second per 10-20 MB). */
    public Result compact() {
        Compaction done = workspace.compact();
        return new Result(done.bytesBefore(), done.bytesAfter(), Duration.ofMillis(done.millis()));
    }
}
