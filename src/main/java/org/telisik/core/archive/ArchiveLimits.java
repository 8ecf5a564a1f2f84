package org.telisik.core.archive;

/**
 * Bounds on what one evidence file may expand to, against zip bombs and archives that contain themselves.
 *
 * @param maxExpandedBytes total bytes all members of one evidence file may expand to
 * @param maxRatio         expanded bytes per compressed byte, checked once {@code ratioFloorBytes} are expanded
 * @param ratioFloorBytes  expansion below which any ratio is accepted (a small file of zeros compresses well)
 * @param maxDepth         archives nested inside archives, the outermost counting as 1
 * @param maxEntries       members of one evidence file, all levels together
 */
public record ArchiveLimits(long maxExpandedBytes, double maxRatio, long ratioFloorBytes, int maxDepth, int maxEntries) {
    public static ArchiveLimits defaults() {
        return new ArchiveLimits(64L << 30, 1_000, 256L << 20, 5, 200_000);
    }
}
