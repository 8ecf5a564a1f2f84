package org.telisik.core.authenticity;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.telisik.core.analysis.AnalysisCancelledException;
import org.telisik.core.analysis.ReaderRegistry;
import org.telisik.core.detect.Detection;
import org.telisik.core.detect.FormatDetector;
import org.telisik.core.read.ReadContext;
import org.telisik.core.read.TableReader;

/**
 * Reads a case's files once more, into an {@link EvidenceSampler}, with the same detector and readers as the
 * analysis. Needed only while the file analysis cannot tee its records into the sampler itself; faults are
 * ignored here because the analysis already reported them for the same files.
 */
public final class SampleReader {
    private final FormatDetector detector = new FormatDetector();
    private final ReaderRegistry readers;

    public SampleReader(ReaderRegistry readers) {
        this.readers = readers;
    }

    /** @throws AnalysisCancelledException when {@code cancelled} turns true between files */
    public void read(List<Path> files, EvidenceSampler sampler, BooleanSupplier cancelled) {
        for (Path file : files) {
            if (cancelled.getAsBoolean()) {
                throw new AnalysisCancelledException(file.toString());
            }
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 256 * 1024)) {
                Detection d = detector.detect(in, file.getFileName().toString());
                TableReader reader = readers.forMediaType(d.mediaType());
                if (reader != null) {
                    reader.read(in, new ReadContext(file.getFileName().toString(), d.mediaType(), d.charset(),
                            Files.size(file)), sampler.sink());
                }
            } catch (IOException | RuntimeException e) {
                sampler.endOpenDataset(); // the analysis reports this file's fault; keep the rows read before it
            }
        }
    }
}
