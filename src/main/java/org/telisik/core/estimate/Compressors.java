package org.telisik.core.estimate;

import com.github.luben.zstd.Zstd;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.zip.Deflater;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.tukaani.xz.BasicArrayCache;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

/**
 * Compresses bytes in memory with each {@link Codec.Method} at the level its usual tool uses by default (zip and
 * gzip 6, bzip2 9, xz 6, zstd 3), and returns only the compressed size: the ratio is all the estimate needs.
 */
final class Compressors {
    private Compressors() {
    }

    static long compressedSize(Codec.Method method, byte[] data) {
        try {
            return switch (method) {
                case DEFLATE -> deflated(data);
                case BZIP2 -> streamed(data, out -> new BZip2CompressorOutputStream(out, 9));
                case LZMA2 -> streamed(data, out -> new XZOutputStream(out, lzma2(data.length), BasicArrayCache.getInstance()));
                case ZSTD -> Zstd.compress(data, 3).length;
            };
        } catch (IOException e) {
            throw new UncheckedIOException("compressing in memory failed", e); // no I/O happens: a defect
        }
    }

    /**
     * xz's preset 6 with a dictionary no larger than the input needs: the ratio is the same within a fraction of a
     * percent (a dictionary beyond the input's length is never filled), and the encoder no longer allocates 94 MB
     * for a sample of kilobytes; its buffers are reused from one measure to the next.
     */
    private static LZMA2Options lzma2(int length) throws IOException {
        LZMA2Options o = new LZMA2Options(6);
        o.setDictSize(Math.max(LZMA2Options.DICT_SIZE_MIN, Math.min(o.getDictSize(), Integer.highestOneBit(
                Math.max(1, length)) * 2)));
        return o;
    }

    private static long deflated(byte[] data) {
        Deflater d = new Deflater(6);
        try {
            d.setInput(data);
            d.finish();
            byte[] buf = new byte[64 * 1024];
            long n = 0;
            while (!d.finished()) {
                n += d.deflate(buf);
            }
            return n;
        } finally {
            d.end();
        }
    }

    private interface Wrap {
        OutputStream around(OutputStream out) throws IOException;
    }

    private static long streamed(byte[] data, Wrap wrap) throws IOException {
        Counting sink = new Counting();
        try (OutputStream out = wrap.around(sink)) {
            out.write(data);
        }
        return sink.count;
    }

    private static final class Counting extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
