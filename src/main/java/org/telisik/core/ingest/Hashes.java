package org.telisik.core.ingest;

/** Size and digests of one evidence file, hex in lower case. */
public record Hashes(long sizeBytes, String sha256, String md5) {
}
