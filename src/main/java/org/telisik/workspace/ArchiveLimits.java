package org.telisik.workspace;

/**
 * How much a case archive may hold before its import is refused: a damaged or hostile archive (a zip bomb, a
 * million tiny entries) must cost neither the disk nor the memory of the receiving workspace. The sizes are
 * checked on the bytes actually read, not on what the archive claims.
 *
 * @param maxEntries       entries in the archive
 * @param maxEntryBytes    uncompressed size of one evidence copy
 * @param maxManifestBytes uncompressed size of {@code case.json}, {@code audit.json} and {@code SHA256SUMS} (read
 *                         into memory)
 * @param maxTotalBytes    uncompressed size of all entries together
 * @param maxRatio         uncompressed bytes per compressed byte of an entry larger than {@link #RATIO_FLOOR};
 *                         deflate reaches about 1030:1 at most, text exports rarely 50:1
 */
record ArchiveLimits(int maxEntries, long maxEntryBytes, long maxManifestBytes, long maxTotalBytes, int maxRatio) {
    static final long RATIO_FLOOR = 1L << 20;
    private static final long GIB = 1L << 30;

    /** Room for a case of thousands of files and evidence copies of tens of gigabytes. */
    static final ArchiveLimits DEFAULTS = new ArchiveLimits(20_000, 64 * GIB, GIB, 256 * GIB, 400);

    /** The most an entry may expand to, given its compressed size (-1 when unknown) and kind. */
    long allowed(long compressedSize, boolean manifest) {
        long cap = manifest ? maxManifestBytes : maxEntryBytes;
        if (compressedSize < 0) {
            return cap;
        }
        long byRatio = compressedSize > Long.MAX_VALUE / maxRatio ? Long.MAX_VALUE : compressedSize * maxRatio;
        return Math.min(cap, Math.max(RATIO_FLOOR, byRatio));
    }
}
