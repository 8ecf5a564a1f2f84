package org.telisik.workspace;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the small files a workspace and its options depend on (passphrase file, pid file, audit head) with a
 * bound, so that a path naming {@code /dev/zero}, a FIFO that never ends or a huge file costs a clear message
 * instead of all the memory: never more than {@code limit + 1} bytes are read.
 */
final class SmallFile {
    private SmallFile() {
    }

    /** Thrown when a file's first line is longer than the limit (or it has no line end within it). */
    static final class TooLongException extends IOException {
        TooLongException(Path file, int limit) {
            super(file + " has no line end within its first " + limit + " bytes");
        }
    }

    /**
     * The text of the file's first line (without its line end), read as UTF-8.
     *
     * @throws TooLongException when no line end comes within {@code limit} bytes and the file goes on
     */
    static String firstLine(Path file, int limit) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(limit + 1);
        }
        try {
            int end = 0;
            while (end < head.length && head[end] != '\n' && head[end] != '\r') {
                end++;
            }
            if (end > limit) {
                throw new TooLongException(file, limit);
            }
            return new String(head, 0, end, StandardCharsets.UTF_8);
        } finally {
            Arrays.fill(head, (byte) 0); // it may hold a passphrase
        }
    }
}
