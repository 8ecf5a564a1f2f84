package org.telisik.workspace;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.FileReport;

/** Real analyses of generated files, with a fixed reference date so that repeated runs give equal reports. */
final class Analyses {
    static final LocalDate REFERENCE_DATE = LocalDate.of(2025, 1, 1);

    private Analyses() {
    }

    static Analyzer.AnalysisOptions options(boolean unmask) {
        return new Analyzer.AnalysisOptions(REFERENCE_DATE, unmask);
    }

    static FileReport analyze(Path file, boolean unmask) {
        return new Analyzer(options(unmask)).analyzeFiles(List.of(file), ProgressListener.NONE, () -> false).get(0);
    }
}
