package org.telisik.app;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseInfo;
import org.telisik.core.model.FileReport;
import org.telisik.workspace.CaseRecord;
import org.telisik.workspace.Workspace;

/**
 * The use case shared by the command line and the desktop: analyse files into a case of a workspace and
 * return the case's analysis. Each file is stored as soon as it is analysed, so an interruption keeps
 * what finished.
 */
public final class CaseAnalysisService {
    private final Workspace workspace;
    private final Analyzer analyzer;

    public CaseAnalysisService(Workspace workspace, Analyzer.AnalysisOptions options) {
        this.workspace = workspace;
        this.analyzer = new Analyzer(options);
    }

    /** Analyses the given paths into the named case (created if new) and returns what this run found. */
    public CaseAnalysis analyze(String caseName, List<Path> paths, ProgressListener listener, BooleanSupplier cancelled) {
        CaseRecord record = workspace.cases().findOrCreate(caseName);
        // incomplete until every file is stored: a cancel or a crash leaves the case marked for a re-run
        workspace.cases().markAnalysisStarted(record.id(), paths.size());
        List<FileReport> reports = analyzer.analyzeFiles(paths, listener, cancelled, report -> workspace.evidence().save(record.id(), report));
        workspace.cases().markAnalysisFinished(record.id());
        return new CaseAnalysis(info(record), reports, List.of(), null, Authenticity.insufficientData());
    }

    /** The stored analysis of a case, as it would be exported. */
    public CaseAnalysis load(CaseRecord record) {
        return new CaseAnalysis(info(record), workspace.evidence().list(record.id()), List.of(), null,
                Authenticity.insufficientData());
    }

    private static CaseInfo info(CaseRecord record) {
        return new CaseInfo(record.id(), record.name(), record.createdAt());
    }
}
