package org.telisik.core.analysis;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.telisik.core.archive.ArchiveLimits;
import org.telisik.core.detect.FormatDetector;
import org.telisik.core.model.FileReport;

/** Runs analyses the way the app does, for tests. */
final class Analyses {
    static final LocalDate REFERENCE = LocalDate.of(2025, 6, 1);

    private Analyses() {
    }

    static FileReport file(Path p) {
        return file(p, AnalysisLimits.defaults());
    }

    static FileReport file(Path p, AnalysisLimits limits) {
        return new FileAnalyzer(new FormatDetector(), ReaderRegistry.standard(), REFERENCE, false, limits)
                .analyze(p, p.getFileName().toString(), ProgressListener.NONE, () -> false);
    }

    static Analyzer.Run run(List<Path> paths) {
        return new Analyzer(new Analyzer.AnalysisOptions(REFERENCE, false)).run(paths, ProgressListener.NONE,
                () -> false, r -> { });
    }

    static AnalysisLimits archiveLimits(long maxExpanded, double ratio, long floor, int depth) {
        return new AnalysisLimits(new ArchiveLimits(maxExpanded, ratio, floor, depth, 1000), Duration.ofMinutes(30),
                System::nanoTime);
    }
}
