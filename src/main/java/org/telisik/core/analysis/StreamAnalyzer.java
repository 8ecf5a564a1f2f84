package org.telisik.core.analysis;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.telisik.core.archive.ArchiveBudget;
import org.telisik.core.archive.ArchiveExpander;
import org.telisik.core.archive.EnclosingArchives;
import org.telisik.core.detect.Detection;
import org.telisik.core.detect.FormatDetector;
import org.telisik.core.ingest.Hashes;
import org.telisik.core.ingest.HashingInputStream;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;
import org.telisik.core.model.FileReport;
import org.telisik.core.profile.DatasetProfiler;
import org.telisik.core.read.CountingInputStream;
import org.telisik.core.read.CsvParts;
import org.telisik.core.read.CsvTableReader;
import org.telisik.core.read.InputAbortedException;
import org.telisik.core.read.MalformedInputException;
import org.telisik.core.read.NdjsonParts;
import org.telisik.core.read.NdjsonTableReader;
import org.telisik.core.read.ReadContext;
import org.telisik.core.read.RecordSink;
import org.telisik.core.read.SqlDumpReader;
import org.telisik.core.read.SqlParts;
import org.telisik.core.read.TableReader;
import org.telisik.core.read.TextParts;
import org.telisik.core.scan.EntityScanner;

/**
 * Analyses one stream, an evidence file or an archive member, in a single pass: the bytes go through the
 * hasher once, detection peeks at the buffered head, then a reader streams the tables or the archive's
 * members are analysed recursively. Every fault becomes a {@link FileError} in the report.
 */
final class StreamAnalyzer {
    private static final int BUFFER = 256 * 1024;
    private final FormatDetector detector;
    private final ReaderRegistry readers;
    private final LocalDate referenceDate;
    private final boolean unmask;
    private final AnalysisLimits limits;

    StreamAnalyzer(FormatDetector detector, ReaderRegistry readers, LocalDate referenceDate, boolean unmask,
                   AnalysisLimits limits) {
        this.detector = detector;
        this.readers = readers;
        this.referenceDate = referenceDate;
        this.unmask = unmask;
        this.limits = limits;
    }

    /** What is known of a stream before it is read, and what it shares with its evidence file. */
    record Job(String path, String fileName, long size, Path onDisk, int depth, Deadline deadline, ArchiveBudget budget,
               CombinedSinks combined, ProgressListener listener, BooleanSupplier cancelled,
               EnclosingArchives enclosing) {
        Job(String path, String fileName, long size, Path onDisk, int depth, Deadline deadline, ArchiveBudget budget,
            CombinedSinks combined, ProgressListener listener, BooleanSupplier cancelled) {
            this(path, fileName, size, onDisk, depth, deadline, budget, combined, listener, cancelled,
                    EnclosingArchives.none());
        }

        Job member(String name, long memberSize, ArchiveBudget archiveBudget) {
            String base = name.substring(name.lastIndexOf('/') + 1);
            return new Job(path + "!/" + name, base, memberSize, null, depth + 1, deadline, archiveBudget, combined,
                    ProgressListener.NONE, cancelled, enclosing);
        }

        /** This job, its members seen as sitting in the archive it reads. */
        Job inside(EnclosingArchives.Archive self) {
            return new Job(path, fileName, size, onDisk, depth, deadline, budget, combined, listener, cancelled,
                    enclosing.inside(self));
        }
    }

    FileReport analyze(InputStream raw, Job job) {
        HashingInputStream hashing = new HashingInputStream(raw);
        CountingInputStream counted = new CountingInputStream(hashing);
        InputStream in = new BufferedInputStream(new MonitoredInputStream(counted, job.path(), job.size(),
                job.listener(), job.cancelled(), job.deadline()), BUFFER);
        DatasetProfiler profiler = new DatasetProfiler(referenceDate, unmask);
        try (FileSink sink = new FileSink(profiler, () -> new DatasetProfiler(referenceDate, unmask),
                job.combined().forFile(job.path(), profiler::lastEnded),
                new EntityScanner(referenceDate, unmask), job.deadline(), job.path())) {
            return analyze(job, hashing, counted, in, profiler, sink);
        }
    }

    private FileReport analyze(Job job, HashingInputStream hashing, CountingInputStream counted, InputStream in,
                               DatasetProfiler profiler, FileSink sink) {
        List<FileReport> entries = new ArrayList<>();
        Detection detection = new Detection("application/octet-stream", null);
        FileError error;
        EnclosingArchives.Archive copyOf = null;
        EnclosingArchives.Archive self = null;
        try {
            detection = detector.detect(in, job.fileName());
            byte[] head = ArchiveExpander.isArchive(detection.mediaType()) ? head(in) : null;
            copyOf = head == null ? null : job.enclosing().lookalike(job.size(), head);
            self = head == null || copyOf != null ? null
                    : new EnclosingArchives.Archive(job.path(), job.size(), head, job.onDisk());
            error = head == null ? read(in, detection, job, sink)
                    : copyOf != null ? null // a copy of an enclosing archive is hashed, never unpacked
                    : expand(in, detection, job.inside(self), counted, entries);
        } catch (AnalysisCancelledException e) {
            throw e;
        } catch (InputAbortedException e) {
            sink.abort();
            error = e.error();
        } catch (IOException e) {
            sink.abort();
            error = new FileError(ErrorCode.UNREADABLE_FILE, job.path() + " could not be read (" + e.getMessage()
                    + "); check the disk, or the archive it came from.");
        }
        Hashes hashes = null;
        try {
            hashes = hashing.finish();
        } catch (AnalysisCancelledException e) {
            throw e;
        } catch (InputAbortedException e) {
            error = e.error(); // a limit passed while hashing the rest outweighs what the reader said
        } catch (IOException e) {
            error = error != null ? error : new FileError(ErrorCode.UNREADABLE_FILE, job.path() + " could not be read to"
                    + " its end (" + e.getMessage() + "); its hashes are missing, check the disk or the archive it"
                    + " came from.");
        }
        if (copyOf != null && error == null) {
            error = EnclosingArchives.notUnpacked(job.path(), hashes == null ? null : hashes.sha256(), copyOf);
        }
        long size = hashes == null ? counted.count() : hashes.sizeBytes();
        if (error == null && size == 0) {
            error = new FileError(ErrorCode.EMPTY_FILE, job.path() + " is empty (0 bytes); ask the source for the complete file.");
        }
        if (error == null) {
            error = sink.warning();
        }
        List<FileReport> members = self == null || hashes == null ? entries
                : EnclosingArchives.confirm(self, hashes.sha256(), entries);
        return new FileReport(job.path(), size, hashes == null ? null : hashes.sha256(),
                hashes == null ? null : hashes.md5(), detection.mediaType(), detection.encodingName(), error,
                profiler.datasets(), members, sink.entities());
    }

    private static byte[] head(InputStream in) throws IOException {
        in.mark(EnclosingArchives.HEAD);
        byte[] head = in.readNBytes(EnclosingArchives.HEAD);
        in.reset();
        return head;
    }

    private FileError read(InputStream in, Detection detection, Job job, FileSink sink) throws IOException {
        TableReader reader = readers.forMediaType(detection.mediaType());
        if (reader == null) {
            return job.size() == 0 ? null : unsupported(detection, job);
        }
        try {
            ReadContext context = new ReadContext(job.fileName(), detection.mediaType(), detection.charset(), job.size(),
                    job.onDisk());
            if (!readInParts(in, reader, context, job, sink)) {
                reader.read(in, context, sink);
            }
            return null;
        } catch (MalformedInputException e) {
            sink.abort();
            return e.error();
        } catch (InputAbortedException e) {
            throw e;
        } catch (RuntimeException e) {
            sink.abort();
            return new FileError(ErrorCode.READER_FAILURE, job.path() + " made the " + detection.mediaType() + " reader fail ("
                    + e + "); what was read is kept, report this with the file's hash.");
        }
    }

    /**
     * A large delimited text, NDJSON file or SQL dump on disk is read in parts on every core ({@link SplitRead},
     * {@link SqlSplitRead}); archive
     * members (a stream, no file to read at several places) and smaller files are read whole.
     */
    private static boolean readInParts(InputStream in, TableReader reader, ReadContext context, Job job, FileSink sink)
            throws IOException {
        boolean csv = reader instanceof CsvTableReader;
        boolean sql = reader instanceof SqlDumpReader;
        if (!csv && !sql && !(reader instanceof NdjsonTableReader) || job.onDisk() == null || job.depth() > 0
                || job.size() <= SplitRead.large) {
            return false;
        }
        if (sql) {
            if (!SqlParts.splittable(context)) {
                return false;
            }
            new SqlSplitRead(job).read(in, context, sink);
            return true;
        }
        in.mark(CsvTableReader.SNIFF_BYTES);
        byte[] head = in.readNBytes(CsvTableReader.SNIFF_BYTES);
        in.reset();
        TextParts parts = csv ? CsvParts.of(head, context) : NdjsonParts.of(head, context);
        return parts != null && new SplitRead(job, parts, sink).read(in);
    }

    private static FileError unsupported(Detection detection, Job job) {
        String name = job.fileName().toLowerCase(Locale.ROOT);
        boolean namedAsText = name.matches(".*\\.(csv|tsv|txt|json|ndjson|jsonl|sql|xml)$");
        if (detection.charset() == null && namedAsText && detection.mediaType().equals("application/octet-stream")) {
            return new FileError(ErrorCode.BINARY_CONTENT, job.path() + " is named like text but holds binary data that no"
                    + " text encoding fits; check whether it is encrypted, compressed or mislabelled.");
        }
        return new FileError(ErrorCode.UNSUPPORTED_FORMAT, job.path() + " is " + detection.mediaType()
                + ", from which this version reads no tables; its hashes are recorded, inspect it by hand.");
    }

    private FileError expand(InputStream in, Detection detection, Job job, CountingInputStream counted,
                             List<FileReport> entries) throws IOException {
        ArchiveBudget budget = job.budget() != null ? job.budget()
                : new ArchiveBudget(limits.archive(), job.path(), counted::count);
        budget.checkDepth(job.depth() + 1, job.path());
        try {
            ArchiveExpander.expand(in, detection.mediaType(), job.path(), job.onDisk(), budget, (content, name, size) -> {
                FileReport member = analyze(content, job.member(name, size, budget));
                entries.add(member);
                stopOnLimit(member);
            });
            return entries.isEmpty() ? new FileError(ErrorCode.EMPTY_ARCHIVE, job.path() + " is an archive that holds no"
                    + " file (it is empty or holds folders only); its hashes are recorded, ask the source whether files"
                    + " are missing from it.") : null;
        } catch (MalformedInputException e) {
            return e.error();
        }
    }

    /** A member that hit a limit stops its whole evidence file: the limits count for all members together. */
    private static void stopOnLimit(FileReport member) {
        FileError e = member.error();
        if (e != null && (e.code() == ErrorCode.ARCHIVE_LIMIT || e.code() == ErrorCode.TIME_LIMIT)) {
            throw new InputAbortedException(e);
        }
    }
}
