package org.telisik.core.analysis;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.telisik.core.ingest.PathExpander;
import org.telisik.core.model.CombinedMisfit;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;
import org.telisik.core.read.RecordSink;
import org.telisik.core.read.TeeRecordSink;

/**
 * Analyses the paths an analyst gave, file by file, into one {@link Run}. Every dataset also flows
 * into the run's {@link CombinedDatasets}, so datasets of one shape spread over many files come out merged.
 * Small files are analysed several at a time ({@link OrderedFiles}), yet handed on, merged, sampled and reported
 * in input order, exactly as one by one.
 */
public final class Analyzer {
    /** Files up to this size are analysed several at a time (on {@link AnalysisPool}); larger ones one by one. */
    static final long SMALL_FILE = 1L << 20;
    private final FileAnalyzer files;
    private final AnalysisOptions options;
    private final ExecutorService pool;
    private final int threads;

    public Analyzer(AnalysisOptions options) {
        this(options, AnalysisPool.get(), AnalysisPool.threads());
    }

    /** @param threads how many small files {@code pool} analyses at a time; 1 reads every file one by one */
    Analyzer(AnalysisOptions options, ExecutorService pool, int threads) {
        this.options = options;
        this.pool = pool;
        this.threads = threads;
        this.files = new FileAnalyzer(StandardParts.detector(), StandardParts.readers(), options.referenceDate(),
                options.unmask(), options.limits());
    }

    /**
     * The reports of one run, the datasets merged across its files, and the files and datasets left out of them
     * with the reason (empty when nothing was merged).
     */
    public record Run(List<FileReport> files, List<DatasetProfile> combined, List<CombinedMisfit> misfits) {
        public Run {
            files = List.copyOf(files);
            combined = List.copyOf(combined);
            misfits = List.copyOf(misfits);
        }

        public Run(List<FileReport> files, List<DatasetProfile> combined) {
            this(files, combined, List.of());
        }
    }

    /** The datasets merged across a run's files, and the files and datasets left out of them with the reason. */
    public record Merged(List<DatasetProfile> combined, List<CombinedMisfit> misfits) {
    }

    /** Each finished file, in input order, goes to the caller and to the misfits (which name files without data). */
    private static Consumer<FileReport> handOn(Consumer<FileReport> onFile, CombinedDatasets combined) {
        return r -> {
            onFile.accept(r);
            combined.fileDone(r);
        };
    }

    /**
     * Expands folders (never following links), then analyses each file; one file's fault never stops the others.
     */
    public List<FileReport> analyzeFiles(List<Path> given, ProgressListener listener, BooleanSupplier cancelled) {
        return analyzeFiles(given, listener, cancelled, report -> { });
    }

    /**
     * @param onFile receives each file's report as soon as it is finished (to store it before the next file)
     * @throws AnalysisCancelledException when cancelled; files finished before stay handed to {@code onFile}
     */
    public List<FileReport> analyzeFiles(List<Path> given, ProgressListener listener, BooleanSupplier cancelled,
                                         Consumer<FileReport> onFile) {
        return run(given, listener, cancelled, onFile).files();
    }

    /** Like {@link #analyzeFiles} and also returns the datasets merged across files. */
    public Run run(List<Path> given, ProgressListener listener, BooleanSupplier cancelled, Consumer<FileReport> onFile) {
        return run(given, listener, cancelled, onFile, null);
    }

    /**
     * @param alsoTo when not null, receives every dataset of every file and archive member as well (the row
     *               samplers of the authenticity checks), in the same single read
     */
    public Run run(List<Path> given, ProgressListener listener, BooleanSupplier cancelled, Consumer<FileReport> onFile,
                   RecordSink alsoTo) {
        List<FileReport> reports = new ArrayList<>();
        Merged merged = stream(given, listener, cancelled, r -> {
            onFile.accept(r);
            reports.add(r);
        }, alsoTo);
        return new Run(reports, merged.combined(), merged.misfits());
    }

    /**
     * Like {@link #run} without keeping the reports: each goes to {@code onFile} only, so that a run of thousands
     * of files holds no more than the caller keeps.
     *
     * @return the datasets merged across files, and the files left out of them
     */
    public Merged stream(List<Path> given, ProgressListener listener, BooleanSupplier cancelled,
                         Consumer<FileReport> onFile, RecordSink alsoTo) {
        CombinedDatasets combined = new CombinedDatasets(options.referenceDate(), options.unmask());
        // the samplers run on a thread of their own, so parsing, profiling and sampling share both cores
        try (AsyncRecordSink samplers = alsoTo == null ? null : new AsyncRecordSink(alsoTo, "telisik-samplers");
             OrderedFiles ordered = new OrderedFiles(pool, threads, handOn(onFile, combined))) {
            CombinedSinks perFile = samplers == null ? combined::forFile
                    : (path, own) -> TeeRecordSink.of(combined.forFile(path, own), samplers);
            for (PathExpander.Found found : PathExpander.walk(given)) {
                Path p = found.path();
                if (cancelled.getAsBoolean()) {
                    ordered.drainFinished();
                    throw new AnalysisCancelledException(p.toString());
                }
                RecordedFile calls = new RecordedFile(perFile, listener);
                if (!found.toRead()) { // a link, special file or unreadable folder is listed with its reason, never read
                    ordered.add(calls, FileAnalyzer.failed(p.toString(), found.skipped()));
                } else if (threads > 1 && small(p)) {
                    ordered.submit(calls, c -> files.analyze(p, p.toString(), c, cancelled, c));
                } else { // a large file alone, as its own reading may spread over the cores
                    ordered.drain();
                    handOn(onFile, combined).accept(files.analyze(p, p.toString(), listener, cancelled, perFile));
                }
            }
            ordered.drain();
            List<DatasetProfile> merged = combined.finish();
            return new Merged(merged, combined.misfits());
        }
    }

    /** Small enough to analyse beside others: its time goes to per-file costs more than to reading. */
    private static boolean small(Path p) {
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return a.isRegularFile() && a.size() <= SMALL_FILE;
        } catch (IOException e) {
            return false; // read alone, which reports why it cannot be read
        }
    }

    /**
     * @param referenceDate the newest plausible date for the data (resolves NIK centuries); usually today
     * @param unmask        true only when the analyst explicitly asked for unmasked personal data
     * @param limits        bounds against hostile files (time per file, archive expansion)
     */
    public record AnalysisOptions(LocalDate referenceDate, boolean unmask, AnalysisLimits limits) {
        public AnalysisOptions(LocalDate referenceDate, boolean unmask) {
            this(referenceDate, unmask, AnalysisLimits.defaults());
        }

        public static AnalysisOptions defaults() {
            return new AnalysisOptions(LocalDate.now(), false);
        }
    }
}
