package org.telisik.app;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.identity.AnalysisMasking;
import org.telisik.core.identity.TextMasking;
import org.telisik.core.model.CaseRecord;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.VerificationReport;
import org.telisik.workspace.Workspace;

/**
 * The masking for text about a whole workspace (what {@code telisik verify} and the verify window show: file
 * paths, archive members, audit subjects): identifiers, and the person names of every case's name columns, so
 * that a patient's name in a file name is masked there as it is in the case's own reports.
 */
public final class WorkspaceMasking {
    private WorkspaceMasking() {
    }

    /**
     * A verification as {@code telisik verify} and the verify window show it: subjects and details name files,
     * members and audit entries, so the identifiers and the cases' person names in their text arguments are
     * masked, and control characters made visible. Hashes (an anchor the analyst gave, file hashes) and entry
     * numbers are kept whole: masking would cut the digit runs of about one hash in twenty, and the analyst must
     * be able to read back what was checked.
     */
    public static VerificationReport shown(Workspace workspace, VerificationReport report) {
        TextMasking masking = of(workspace);
        return new VerificationReport(report.items().stream().map(i -> i.masked(masking::line)).toList(),
                report.auditHead());
    }

    public static TextMasking of(Workspace workspace) {
        List<FileReport> files = new ArrayList<>();
        for (CaseRecord c : workspace.cases().list()) {
            files.addAll(workspace.evidence().list(c.id()));
        }
        return AnalysisMasking.of(files).text();
    }
}
