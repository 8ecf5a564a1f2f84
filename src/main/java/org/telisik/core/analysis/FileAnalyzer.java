package org.telisik.core.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.telisik.core.detect.FormatDetector;
import org.telisik.core.ingest.SkipReasons;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;
import org.telisik.core.model.FileReport;
import org.telisik.core.read.RecordSink;
import org.telisik.core.read.SplittableSink;

/**
 * Analyses one evidence file in a single read (see {@link StreamAnalyzer}); archives are expanded member by
 * member. The file is only ever opened for reading. Faults in the file become a {@link FileError} in the
 * report; they never escape as exceptions.
 */
public final class FileAnalyzer {
    private static final RecordSink NOWHERE = new SplittableSink() {
        @Override
        public SplittableSink part(String name, String format, Dialect dialect, List<String> columns) {
            return this; // keeps nothing, so one of it serves every part
        }

        @Override
        public void join(SplittableSink part) {
        }

        @Override
        public void startDataset(String name, String format, Dialect dialect, List<String> columns) {
        }

        @Override
        public void addColumn(String name) {
        }

        @Override
        public void record(String[] values) {
        }

        @Override
        public void endDataset(boolean complete, long bytes) {
        }
    };
    private final StreamAnalyzer streams;
    private final AnalysisLimits limits;

    public FileAnalyzer(FormatDetector detector, ReaderRegistry readers, LocalDate referenceDate, boolean unmask) {
        this(detector, readers, referenceDate, unmask, AnalysisLimits.defaults());
    }

    public FileAnalyzer(FormatDetector detector, ReaderRegistry readers, LocalDate referenceDate, boolean unmask,
                        AnalysisLimits limits) {
        this.streams = new StreamAnalyzer(detector, readers, referenceDate, unmask, limits);
        this.limits = limits;
    }

    /**
     * @param displayPath the path as the analyst gave it, used in the report and in messages
     * @throws AnalysisCancelledException when {@code cancelled} turns true during the read
     */
    public FileReport analyze(Path file, String displayPath, ProgressListener listener, BooleanSupplier cancelled) {
        return analyze(file, displayPath, listener, cancelled, (path, own) -> NOWHERE);
    }

    /**
     * @param combined gives, for the file and for each archive member (by displayed path), a sink that also
     *                 receives its datasets, to merge datasets across files
     */
    FileReport analyze(Path file, String displayPath, ProgressListener listener, BooleanSupplier cancelled,
                       CombinedSinks combined) {
        if (Files.isSymbolicLink(file)) {
            return failed(displayPath, SkipReasons.symbolicLink(file));
        }
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return failed(displayPath, Files.exists(file)
                    ? new FileError(ErrorCode.NOT_A_FILE, displayPath + " is not a regular file; give a file or a folder.")
                    : new FileError(ErrorCode.FILE_NOT_FOUND, displayPath + " does not exist; check the path."));
        }
        Watchdog watchdog = new Watchdog(limits.perFile());
        try (InputStream raw = Files.newInputStream(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            long size = Files.size(file);
            StreamAnalyzer.Job job = new StreamAnalyzer.Job(displayPath, file.getFileName().toString(), size, file, 0,
                    new Deadline(displayPath, limits), null, watchdog.guard(combined), listener, cancelled);
            FileReport report = watchdog.run(() -> streams.analyze(raw, job), displayPath);
            return report != null ? report : failed(displayPath, new FileError(ErrorCode.TIME_LIMIT, displayPath
                    + " was still being read after " + watchdog.timeout().toSeconds() + " seconds without progress, so"
                    + " it was abandoned; the other files were analysed, inspect this one by hand."));
        } catch (AccessDeniedException e) {
            return failed(displayPath, new FileError(ErrorCode.UNREADABLE_FILE,
                    displayPath + " cannot be read (permission denied); copy it somewhere readable or fix its permissions."));
        } catch (NoSuchFileException e) {
            return failed(displayPath, new FileError(ErrorCode.FILE_NOT_FOUND, displayPath + " disappeared during the analysis."));
        } catch (IOException e) {
            return failed(displayPath, new FileError(ErrorCode.UNREADABLE_FILE,
                    displayPath + " could not be read (" + e.getMessage() + "); check the disk and try again."));
        }
    }

    /** The report of a file not read, with the reason. */
    static FileReport failed(String displayPath, FileError error) {
        return new FileReport(displayPath, 0, null, null, "application/octet-stream", null, error,
                List.of(), List.of(), List.of());
    }
}
