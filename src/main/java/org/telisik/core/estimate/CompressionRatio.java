package org.telisik.core.estimate;

/**
 * How much the sample's own files shrink when compressed with deflate (the method of zip and gzip).
 *
 * @param rawBytes        uncompressed bytes measured
 * @param compressedBytes the same bytes deflated (or, for files that came compressed, their size as received)
 * @param capped          true when only the first part of large files was compressed
 */
public record CompressionRatio(long rawBytes, long compressedBytes, boolean capped) {
    public double ratio() {
        return compressedBytes == 0 ? 1.0 : (double) rawBytes / compressedBytes;
    }

    public boolean measured() {
        return rawBytes > 0 && compressedBytes > 0;
    }
}
