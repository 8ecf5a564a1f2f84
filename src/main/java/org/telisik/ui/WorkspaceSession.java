package org.telisik.ui;

import org.telisik.app.CaseAnalysisService;
import org.telisik.core.analysis.Analyzer;
import org.telisik.workspace.Workspace;

/** An open workspace and the analysis use case bound to it. */
public record WorkspaceSession(Workspace workspace, CaseAnalysisService analysis) {

    public static WorkspaceSession of(Workspace workspace) {
        return new WorkspaceSession(workspace, new CaseAnalysisService(workspace, Analyzer.AnalysisOptions.defaults()));
    }
}
