package org.telisik.app;

import java.util.List;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.FileReport;

/**
 * What one run of {@link CaseAnalysisService#run} hands back: the case's analysis, whose files are read back from
 * the workspace as they are walked (the JSON needs every column), and the same files in outline, held in memory
 * since the run: path, media type, size, error, datasets with their names and rows (no columns), archive members.
 * A summary line per file (the command line's) reads the outlines, so that it costs no second read of every stored
 * file. Both are shown alike: masked with the same masking unless the service unmasks.
 *
 * @param outlines in the order of {@code analysis.files()}, one for each
 */
public record AnalysisRun(CaseAnalysis analysis, List<FileReport> outlines) {
}
