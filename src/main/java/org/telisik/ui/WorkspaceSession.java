package org.telisik.ui;

import org.telisik.app.CaseAnalysisService;
import org.telisik.core.analysis.Analyzer;
import org.telisik.workspace.Workspace;

/** An open workspace, whether it is encrypted, and the analysis use case bound to it. */
public record WorkspaceSession(Workspace workspace, boolean encrypted, CaseAnalysisService analysis) {

    public static WorkspaceSession of(Workspace workspace, boolean encrypted) {
        return new WorkspaceSession(workspace, encrypted,
                new CaseAnalysisService(workspace, Analyzer.AnalysisOptions.defaults()));
    }
}
