package org.telisik.core.read;

import java.nio.charset.Charset;

/**
 * What a reader knows about its input before reading it.
 *
 * @param fileName  the file's own name (no folders), used as dataset name where the format has none
 * @param mediaType the detected media type
 * @param charset   the detected text encoding; null for binary formats
 * @param sizeBytes size of the input in bytes, or -1 when unknown (archive streams)
 */
public record ReadContext(String fileName, String mediaType, Charset charset, long sizeBytes) {
}
