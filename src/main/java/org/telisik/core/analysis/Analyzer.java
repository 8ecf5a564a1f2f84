package org.telisik.core.analysis;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.telisik.core.detect.FormatDetector;
import org.telisik.core.ingest.PathExpander;
import org.telisik.core.model.Authenticity;
import org.telisik.core.model.CaseAnalysis;
import org.telisik.core.model.CaseInfo;
import org.telisik.core.model.FileReport;

/** Analyses the paths an analyst gave, file by file, into one {@link CaseAnalysis}. */
public final class Analyzer {
    private final FileAnalyzer files;

    public Analyzer(AnalysisOptions options) {
        this.files = new FileAnalyzer(new FormatDetector(), ReaderRegistry.standard(), options.referenceDate(),
                options.unmask());
    }

    /** Expands folders, then analyses each file; one file's fault never stops the others. */
    public List<FileReport> analyzeFiles(List<Path> given, ProgressListener listener, BooleanSupplier cancelled) {
        return analyzeFiles(given, listener, cancelled, report -> { });
    }

    /**
     * @param onFile receives each file's report as soon as it is finished (to store it before the next file)
     * @throws AnalysisCancelledException when cancelled; files finished before stay handed to {@code onFile}
     */
    public List<FileReport> analyzeFiles(List<Path> given, ProgressListener listener, BooleanSupplier cancelled,
                                         Consumer<FileReport> onFile) {
        List<FileReport> reports = new ArrayList<>();
        for (Path p : PathExpander.expand(given)) {
            if (cancelled.getAsBoolean()) {
                throw new AnalysisCancelledException(p.toString());
            }
            FileReport report = files.analyze(p, p.toString(), listener, cancelled);
            onFile.accept(report);
            reports.add(report);
        }
        return reports;
    }

    public CaseAnalysis analyze(CaseInfo caseInfo, List<Path> given, ProgressListener listener, BooleanSupplier cancelled) {
        List<FileReport> reports = analyzeFiles(given, listener, cancelled);
        return new CaseAnalysis(caseInfo, reports, List.of(), null, Authenticity.insufficientData());
    }

    /**
     * @param referenceDate the newest plausible date for the data (resolves NIK centuries); usually today
     * @param unmask        true only when the analyst explicitly asked for unmasked personal data
     */
    public record AnalysisOptions(LocalDate referenceDate, boolean unmask) {
        public static AnalysisOptions defaults() {
            return new AnalysisOptions(LocalDate.now(), false);
        }
    }
}
