package org.telisik.core.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;

/**
 * A stretch of a file on disk read as a stream: positional reads from a channel that many threads share, so
 * each part of a file read in parts needs no file handle and no buffer of its own. Stops with an
 * {@link AnalysisCancelledException} once {@code stopped} turns true (the read as a whole was stopped).
 */
final class FileRange extends InputStream {
    private final FileChannel channel;
    private final long end;
    private final BooleanSupplier stopped;
    private final LongConsumer progress;
    private final String path;
    private long position;

    /** @param progress told the file offset reached, once per read; may ignore it */
    FileRange(FileChannel channel, long start, long end, BooleanSupplier stopped, LongConsumer progress,
              String path) {
        this.channel = channel;
        this.position = start;
        this.end = end;
        this.stopped = stopped;
        this.progress = progress;
        this.path = path;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (stopped.getAsBoolean()) {
            throw new AnalysisCancelledException(path);
        }
        if (position >= end) {
            return -1;
        }
        int n = channel.read(ByteBuffer.wrap(b, off, (int) Math.min(len, end - position)), position);
        if (n < 0) {
            throw new IOException(path + " became shorter while it was read");
        }
        position += n;
        progress.accept(position);
        return n;
    }
}
