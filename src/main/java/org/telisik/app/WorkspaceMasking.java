package org.telisik.app;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.identity.AnalysisMasking;
import org.telisik.core.identity.TextMasking;
import org.telisik.core.model.FileReport;
import org.telisik.workspace.CaseRecord;
import org.telisik.workspace.Workspace;

/**
 * The masking for text about a whole workspace (what {@code telisik verify} and the verify window show: file
 * paths, archive members, audit subjects): identifiers, and the person names of every case's name columns, so
 * that a patient's name in a file name is masked there as it is in the case's own reports.
 */
public final class WorkspaceMasking {
    private WorkspaceMasking() {
    }

    public static TextMasking of(Workspace workspace) {
        List<FileReport> files = new ArrayList<>();
        for (CaseRecord c : workspace.cases().list()) {
            files.addAll(workspace.evidence().list(c.id()));
        }
        return AnalysisMasking.of(files).text();
    }
}
