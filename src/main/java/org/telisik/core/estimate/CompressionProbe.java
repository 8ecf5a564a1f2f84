package org.telisik.core.estimate;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipInputStream;

/**
 * Measures the compression ratio of evidence files the way a seller's archive would have been made: plain
 * files are deflated at zip's default level; files that arrived as gzip or zip are inflated, so their ratio
 * is the real one. At most {@value #CAP_BYTES} uncompressed bytes are read per file, which is plenty for a
 * stable ratio. Unreadable files are skipped: the ratio is an aid to the estimate, never a reason to fail.
 */
public final class CompressionProbe {
    static final long CAP_BYTES = 64L * 1024 * 1024;

    public CompressionRatio measure(List<Path> files) {
        long raw = 0;
        long packed = 0;
        boolean capped = false;
        for (Path file : files) {
            try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
                long[] m = measureOne(in, Files.size(file));
                raw += m[0];
                packed += m[1];
                capped |= m[2] != 0;
            } catch (IOException e) {
                continue; // an unreadable file is reported by the analysis itself
            }
        }
        return new CompressionRatio(raw, packed, capped);
    }

    private static long[] measureOne(InputStream in, long size) throws IOException {
        in.mark(4);
        int b0 = in.read();
        int b1 = in.read();
        in.reset();
        if (b0 == 0x1f && b1 == 0x8b) {
            long raw = drain(new GZIPInputStream(in));
            return new long[] {raw, size, 0};
        }
        if (b0 == 'P' && b1 == 'K') {
            ZipInputStream zip = new ZipInputStream(in);
            long raw = 0;
            while (zip.getNextEntry() != null) {
                raw += drain(zip);
            }
            return new long[] {raw, size, 0};
        }
        CountingSink sink = new CountingSink();
        Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION);
        long raw;
        try (DeflaterOutputStream out = new DeflaterOutputStream(sink, deflater, 64 * 1024)) {
            raw = copy(in, out, CAP_BYTES);
        } finally {
            deflater.end();
        }
        return new long[] {raw, sink.count, raw < size ? 1 : 0};
    }

    private static long drain(InputStream in) throws IOException {
        return copy(in, OutputStream.nullOutputStream(), Long.MAX_VALUE);
    }

    private static long copy(InputStream in, OutputStream out, long cap) throws IOException {
        byte[] buf = new byte[64 * 1024];
        long total = 0;
        int n;
        while (total < cap && (n = in.read(buf, 0, (int) Math.min(buf.length, cap - total))) > 0) {
            out.write(buf, 0, n);
            total += n;
        }
        return total;
    }

    private static final class CountingSink extends OutputStream {
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
