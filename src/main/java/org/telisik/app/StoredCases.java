package org.telisik.app;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.telisik.core.identity.AnalysisMasking;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;
import org.telisik.workspace.AuditEntry;
import org.telisik.workspace.Workspace;

/**
 * The stored files of the cases a service was last asked about, read once and kept with the masking they imply,
 * so that showing a case, its previews, its combined datasets and a report's audit lines read the case once
 * instead of once per request (a full read of 2,000 reports per preview clicked).
 *
 * <p>Every change to a case (a stored file, a result, a rename) is audited, so the audit log's head stands for
 * the version of everything kept: a changed head drops the entry and the case is read again. The head is read
 * before the case, so a change made while it is being read leaves an entry that is already stale, never a stale
 * entry that looks current. At most {@link #KEPT} cases are kept: a case of 10,000 files holds its reports in
 * memory twice (as stored and masked), which the desktop needs while it shows the case anyway.
 */
final class StoredCases {
    static final int KEPT = 2;
    private final Workspace workspace;
    private final Map<String, Stored> kept = new LinkedHashMap<>(4, 0.75f, true);

    StoredCases(Workspace workspace) {
        this.workspace = workspace;
    }

    /**
     * The case as stored now. Callers on several threads share one read: a second request for a case being read
     * waits for the first instead of reading it again.
     */
    synchronized Stored get(String caseId) {
        long version = workspace.audit().head().map(AuditEntry::seq).orElse(0L);
        Stored hit = kept.get(caseId);
        if (hit != null && hit.version == version) {
            return hit;
        }
        List<FileReport> files = workspace.evidence().list(caseId);
        List<DatasetProfile> combined = workspace.results().combined(caseId);
        Stored read = new Stored(version, files, combined, AnalysisMasking.of(files, combined));
        kept.put(caseId, read);
        if (kept.size() > KEPT) {
            kept.remove(kept.keySet().iterator().next()); // the least recently asked for
        }
        return read;
    }

    /** One case as read at one version of the workspace: its raw files, and the masked forms made from them. */
    static final class Stored {
        private final long version;
        private final List<FileReport> files;
        private final List<DatasetProfile> combined;
        private final AnalysisMasking masking;
        private List<FileReport> shown;
        private Map<String, FileReport> byShown;

        private Stored(long version, List<FileReport> files, List<DatasetProfile> combined, AnalysisMasking masking) {
            this.version = version;
            this.files = files;
            this.combined = combined;
            this.masking = masking;
        }

        /** The files as stored, values and paths as read. */
        List<FileReport> files() {
            return files;
        }

        /** The datasets the case's last analysis combined, as stored. */
        List<DatasetProfile> combined() {
            return combined;
        }

        /** Identifiers plus the person names of the case's name columns, combined ones included. */
        AnalysisMasking masking() {
            return masking;
        }

        /** The files masked, paths too; made once per version, shared by every caller. */
        synchronized List<FileReport> shown() {
            if (shown == null) {
                shown = files.stream().map(masking::file).toList();
            }
            return shown;
        }

        /** The stored file (or archive member) that a masked one was made from; null when none. */
        synchronized FileReport storedOf(FileReport shownFile) {
            if (byShown == null) {
                byShown = new HashMap<>();
                files.forEach(this::index);
            }
            return byShown.get(key(shownFile.sha256(), shownFile.path()));
        }

        private void index(FileReport f) {
            byShown.putIfAbsent(key(f.sha256(), masking.mask(f.path())), f);
            f.entries().forEach(this::index);
        }

        private static String key(String sha256, String shownPath) {
            return sha256 + "\u0000" + shownPath;
        }
    }
}
