package org.telisik.core.archive;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.function.LongSupplier;

/**
 * What one evidence file has expanded to so far, across all its nested archives; member streams wrapped by
 * {@link #limit} fail with {@link ArchiveLimitException} as soon as a limit is passed, long before a bomb
 * could fill memory or disk.
 */
public final class ArchiveBudget {
    private final ArchiveLimits limits;
    private final String path;
    private final LongSupplier compressedBytes;
    private long expanded;
    private int entries;

    /**
     * @param path            the evidence file, for messages
     * @param compressedBytes bytes of the evidence file read so far
     */
    public ArchiveBudget(ArchiveLimits limits, String path, LongSupplier compressedBytes) {
        this.limits = limits;
        this.path = path;
        this.compressedBytes = compressedBytes;
    }

    public ArchiveLimits limits() {
        return limits;
    }

    /** Counts one more member. */
    public void entry() {
        if (++entries > limits.maxEntries()) {
            throw new ArchiveLimitException(path, "has more than " + limits.maxEntries() + " members");
        }
    }

    public void checkDepth(int depth, String member) {
        if (depth > limits.maxDepth()) {
            throw new ArchiveLimitException(member, "is an archive nested " + depth + " levels deep (limit "
                    + limits.maxDepth() + ")");
        }
    }

    /** Wraps expanded content so that every byte counts against the limits. */
    public InputStream limit(InputStream expandedContent) {
        return new FilterInputStream(expandedContent) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    add(1);
                }
                return b;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                int n = super.read(b, off, len);
                if (n > 0) {
                    add(n);
                }
                return n;
            }

            @Override
            public void close() {
                // the archive stream owns the underlying stream
            }
        };
    }

    private void add(long n) {
        expanded += n;
        if (expanded > limits.maxExpandedBytes()) {
            throw new ArchiveLimitException(path, "expands to more than " + limits.maxExpandedBytes() + " bytes");
        }
        long compressed = Math.max(1, compressedBytes.getAsLong());
        if (expanded > limits.ratioFloorBytes() && expanded / (double) compressed > limits.maxRatio()) {
            throw new ArchiveLimitException(path, "expands " + Math.round(expanded / (double) compressed)
                    + " times beyond its size (limit " + Math.round(limits.maxRatio()) + ")");
        }
    }
}
