package org.telisik.core.analysis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.telisik.core.detect.Detection;
import org.telisik.core.detect.FormatDetector;
import org.telisik.core.ingest.Hashes;
import org.telisik.core.ingest.HashingInputStream;
import org.telisik.core.model.FileError;
import org.telisik.core.model.FileReport;
import org.telisik.core.profile.DatasetProfiler;
import org.telisik.core.read.MalformedInputException;
import org.telisik.core.read.ReadContext;
import org.telisik.core.read.TableReader;

/**
 * Analyses one evidence file in a single read: the bytes pass through the hasher once, detection peeks at
 * the buffered head, and the reader streams the rest. The file is only ever opened for reading. Faults in
 * the file become a {@link FileError} in the report; they never escape as exceptions.
 */
public final class FileAnalyzer {
    private static final int BUFFER = 256 * 1024;
    private final FormatDetector detector;
    private final ReaderRegistry readers;
    private final LocalDate referenceDate;
    private final boolean unmask;

    public FileAnalyzer(FormatDetector detector, ReaderRegistry readers, LocalDate referenceDate, boolean unmask) {
        this.detector = detector;
        this.readers = readers;
        this.referenceDate = referenceDate;
        this.unmask = unmask;
    }

    /**
     * @param displayPath the path as the analyst gave it, used in the report and in messages
     * @throws AnalysisCancelledException when {@code cancelled} turns true during the read
     */
    public FileReport analyze(Path file, String displayPath, ProgressListener listener, BooleanSupplier cancelled) {
        if (!Files.isRegularFile(file)) {
            return failed(displayPath, Files.exists(file)
                    ? new FileError("not-a-file", displayPath + " is not a regular file; give a file or a folder.")
                    : new FileError("file-not-found", displayPath + " does not exist; check the path."));
        }
        try (InputStream raw = Files.newInputStream(file, StandardOpenOption.READ)) {
            long size = Files.size(file);
            HashingInputStream hashing = new HashingInputStream(raw);
            InputStream in = new BufferedInputStream(
                    new MonitoredInputStream(hashing, displayPath, size, listener, cancelled), BUFFER);
            Detection detection = detector.detect(in, file.getFileName().toString());
            DatasetProfiler profiler = new DatasetProfiler(referenceDate, unmask);
            FileError error = read(in, detection, file, displayPath, size, profiler);
            Hashes hashes = hashing.finish();
            if (error == null && hashes.sizeBytes() == 0) {
                error = new FileError("empty-file", displayPath + " is empty (0 bytes); ask the source for the complete file.");
            }
            return new FileReport(displayPath, hashes.sizeBytes(), hashes.sha256(), hashes.md5(), detection.mediaType(),
                    detection.encodingName(), error, profiler.datasets(), List.of(), List.of());
        } catch (AccessDeniedException e) {
            return failed(displayPath, new FileError("unreadable-file",
                    displayPath + " cannot be read (permission denied); copy it somewhere readable or fix its permissions."));
        } catch (NoSuchFileException e) {
            return failed(displayPath, new FileError("file-not-found", displayPath + " disappeared during the analysis."));
        } catch (IOException e) {
            return failed(displayPath, new FileError("unreadable-file",
                    displayPath + " could not be read (" + e.getMessage() + "); check the disk and try again."));
        }
    }

    private FileError read(InputStream in, Detection detection, Path file, String displayPath, long size,
                           DatasetProfiler profiler) throws IOException {
        TableReader reader = readers.forMediaType(detection.mediaType());
        if (reader == null) {
            if (size == 0) {
                return null;
            }
            return new FileError("unsupported-format", displayPath + " is " + detection.mediaType()
                    + ", from which this version reads no tables; its hashes are recorded, inspect it by hand.");
        }
        ReadContext context = new ReadContext(file.getFileName().toString(), detection.mediaType(),
                detection.charset(), size);
        try {
            reader.read(in, context, profiler);
            return null;
        } catch (MalformedInputException e) {
            if (profiler.inDataset()) {
                profiler.endDataset(false, 0);
            }
            return e.error();
        }
    }

    private static FileReport failed(String displayPath, FileError error) {
        return new FileReport(displayPath, 0, null, null, "application/octet-stream", null, error,
                List.of(), List.of(), List.of());
    }
}
