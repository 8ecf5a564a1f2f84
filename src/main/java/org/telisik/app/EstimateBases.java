package org.telisik.app;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.telisik.core.estimate.EstimateBasis;
import org.telisik.core.model.FileReport;

/**
 * The sample measurements of the few cases last estimated, so that the analyst's change of codec, format or table
 * is recomputed at once. Each holds at most a few thousand records per table, so only {@value #CASES} are kept.
 */
final class EstimateBases {
    static final int CASES = 4;
    private final Map<String, EstimateBasis> kept = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, EstimateBasis> eldest) {
            return size() > CASES;
        }
    };

    synchronized void keep(String caseId, EstimateBasis basis) {
        kept.put(caseId, basis);
    }

    /** The kept measurements of the case, or those {@code measure} makes (outside the lock: it reads files). */
    EstimateBasis get(String caseId, Supplier<EstimateBasis> measure) {
        synchronized (this) {
            EstimateBasis b = kept.get(caseId);
            if (b != null) {
                return b;
            }
        }
        EstimateBasis b = measure.get();
        keep(caseId, b);
        return b;
    }

    /** The stored files that are still where they were analysed; archive members are read through their archive. */
    static List<Path> inPlace(List<FileReport> stored) {
        List<Path> files = new ArrayList<>();
        for (FileReport r : stored) {
            try {
                Path p = Path.of(r.path());
                // a file changed since its analysis would measure other records
                if (Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) && Files.size(p) == r.sizeBytes()) {
                    files.add(p);
                }
            } catch (InvalidPathException | java.io.IOException e) {
                continue; // an archive member path ("outer.zip!/inner.csv") is no file of its own
            }
        }
        return files;
    }
}
