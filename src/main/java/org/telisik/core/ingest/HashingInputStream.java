package org.telisik.core.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Computes SHA-256 and MD5 of everything read through it, so that an evidence file is hashed by the same
 * single pass that detects and parses it. Mark/reset is not supported here on purpose: callers buffer above
 * this stream, so every byte is digested exactly once, in order.
 */
public final class HashingInputStream extends FilterInputStream {
    private final MessageDigest sha256;
    private final MessageDigest md5;
    private long size;

    public HashingInputStream(InputStream in) {
        super(in);
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
            md5 = MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256 or MD5", e);
        }
    }

    @Override
    public int read() throws IOException {
        int b = in.read();
        if (b >= 0) {
            sha256.update((byte) b);
            md5.update((byte) b);
            size++;
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = in.read(b, off, len);
        if (n > 0) {
            sha256.update(b, off, n);
            md5.update(b, off, n);
            size += n;
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        // skipping must still digest the skipped bytes
        byte[] buffer = new byte[8192];
        long done = 0;
        while (done < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - done));
            if (r < 0) {
                break;
            }
            done += r;
        }
        return done;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    /** Reads whatever the parser left unread and returns the digests of the whole stream. */
    public Hashes finish() throws IOException {
        byte[] buffer = new byte[64 * 1024];
        while (read(buffer, 0, buffer.length) >= 0) {
            // digesting the rest
        }
        HexFormat hex = HexFormat.of();
        return new Hashes(size, hex.formatHex(sha256.digest()), hex.formatHex(md5.digest()));
    }
}
