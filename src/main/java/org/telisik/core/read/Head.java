package org.telisik.core.read;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The first bytes of an input, looked at without consuming them: {@link #in} still starts at the beginning.
 *
 * @param in    the input to read from, buffered
 * @param bytes up to the requested number of first bytes
 */
record Head(BufferedInputStream in, byte[] bytes) {
    static Head of(InputStream raw, int size) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, size);
        in.mark(size);
        byte[] head = in.readNBytes(size);
        in.reset();
        return new Head(in, head);
    }
}
