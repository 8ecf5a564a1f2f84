package org.telisik.core.read;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * What a reader knows about its input before reading it.
 *
 * @param fileName  the file's own name (no folders), used as dataset name where the format has none
 * @param mediaType the detected media type
 * @param charset   the detected text encoding; null for binary formats
 * @param sizeBytes size of the input in bytes, or -1 when unknown (archive streams)
 * @param onDisk    the evidence file the input is, or null for archive members and tests; readers only look
 *                  beside it for side files (a DBF's memo file, an SQLite -wal file), never write there
 */
public record ReadContext(String fileName, String mediaType, Charset charset, long sizeBytes, Path onDisk) {
    public ReadContext(String fileName, String mediaType, Charset charset, long sizeBytes) {
        this(fileName, mediaType, charset, sizeBytes, null);
    }

    /** The encoding a text reader decodes with: the detected one, UTF-8 when none was detected. */
    public Charset textCharset() {
        return charset == null ? java.nio.charset.StandardCharsets.UTF_8 : charset;
    }

    /** The file beside the evidence file whose name is the evidence file's name plus {@code suffix}, if any. */
    public Path sibling(String suffix) {
        if (onDisk == null || onDisk.getParent() == null) {
            return null;
        }
        Path p = onDisk.resolveSibling(onDisk.getFileName() + suffix);
        return java.nio.file.Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? p : null;
    }
}
