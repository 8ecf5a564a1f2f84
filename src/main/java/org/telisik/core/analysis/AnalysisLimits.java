package org.telisik.core.analysis;

import java.time.Duration;
import java.util.function.LongSupplier;
import org.telisik.core.archive.ArchiveLimits;

/**
 * Bounds that keep one hostile file from stalling or exhausting an analysis.
 *
 * @param archive  limits on archive expansion
 * @param perFile  longest time one evidence file (with all its archive members) may take to read
 * @param nanoTime the clock the time limit is measured with ({@code System::nanoTime} outside tests)
 */
public record AnalysisLimits(ArchiveLimits archive, Duration perFile, LongSupplier nanoTime) {
    public static AnalysisLimits defaults() {
        return new AnalysisLimits(ArchiveLimits.defaults(), Duration.ofMinutes(30), System::nanoTime);
    }
}
