package org.telisik.app;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.LongSupplier;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.DatasetPreview;
import org.telisik.workspace.Workspace;

/**
 * The analysed files of one run on their way into the workspace, stored a batch at a time: one transaction for
 * every file finished within {@link #MAX_WAIT_NANOS} (at most {@link #MAX_FILES}), each file's save and preview
 * still audited entry by entry. A commit costs H2 a chunk written and synced and the audit head a file rename, so
 * 2,000 small files saved one by one took 24 s and left a 133 MB file; batched they cost a few commits. A file
 * that takes longer than the wait, or a batch whose files reach {@link #MAX_BYTES}, is stored as soon as it is
 * finished, as before: a commit is cheap next to reading a megabyte, so an interruption (even SIGKILL) loses at
 * most the last second of files smaller than that together, never a large file that finished, and the case
 * stays marked incomplete until the run finishes.
 */
final class BatchedSaves {
    static final int MAX_FILES = 200;
    static final long MAX_WAIT_NANOS = 1_000_000_000L;
    static final long MAX_BYTES = 1L << 20;

    private record Pending(FileReport report, List<DatasetPreview> previews) {
    }

    private final Workspace workspace;
    private final String caseId;
    private final LongSupplier clock;
    private final List<Pending> pending = new ArrayList<>();
    private final List<Long> stored = new ArrayList<>();
    private long since;
    private long pendingBytes;

    BatchedSaves(Workspace workspace, String caseId, LongSupplier clock) {
        this.workspace = workspace;
        this.caseId = caseId;
        this.clock = clock;
        this.since = clock.getAsLong();
    }

    BatchedSaves(Workspace workspace, String caseId) {
        this(workspace, caseId, System::nanoTime);
    }

    /** Keeps a finished file; stores the batch when it is full or has waited long enough. */
    void add(FileReport report, List<DatasetPreview> previews) {
        pending.add(new Pending(report, previews));
        pendingBytes += Math.max(0, report.sizeBytes());
        if (pending.size() >= MAX_FILES || pendingBytes >= MAX_BYTES || clock.getAsLong() - since >= MAX_WAIT_NANOS) {
            flush();
        }
    }

    /** Stores every file kept so far in one transaction (nothing when none is kept). */
    void flush() {
        since = clock.getAsLong();
        if (pending.isEmpty()) {
            return;
        }
        List<Pending> batch = List.copyOf(pending);
        pending.clear();
        pendingBytes = 0;
        List<Long> ids = new ArrayList<>(batch.size());
        workspace.inOneTransaction("store " + batch.size() + " analysed files of case " + caseId, () -> {
            for (Pending p : batch) {
                ids.add(workspace.evidence().save(caseId, p.report()));
                workspace.previews().save(caseId, p.previews());
            }
        });
        stored.addAll(ids); // once committed: a batch rolled back stored nothing
    }

    /** The stored files' ids, in the order they were added, as far as they are stored. */
    List<Long> stored() {
        return Collections.unmodifiableList(stored);
    }
}
