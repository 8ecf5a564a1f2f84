package org.telisik.core.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.telisik.core.read.CsvDialectSniffer;

/**
 * Detects media type and encoding: Apache Tika first, then content sniffing where Tika only sees
 * {@code text/plain} (delimited text). Needs a stream that supports mark/reset; it is left at its start.
 */
public final class FormatDetector {
    private static final int HEAD_BYTES = 64 * 1024;
    private final Detector tika;

    public FormatDetector() {
        this.tika = TikaConfig.getDefaultConfig().getDetector();
    }

    public Detection detect(InputStream in, String fileName) throws IOException {
        if (!in.markSupported()) {
            throw new IllegalArgumentException("detection needs a stream with mark/reset");
        }
        in.mark(HEAD_BYTES);
        byte[] head = in.readNBytes(HEAD_BYTES);
        in.reset();
        if (head.length == 0) {
            return new Detection("application/octet-stream", null);
        }
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        MediaType tikaType = tika.detect(in, metadata);
        in.reset();
        Charset charset = EncodingSniffer.sniff(head, head.length);
        String type = refine(tikaType.getBaseType().toString(), head, charset);
        return new Detection(type, isText(type) ? charset : null);
    }

    private static String refine(String tikaType, byte[] head, Charset charset) {
        if (charset == null) {
            return tikaType;
        }
        boolean textLike = tikaType.startsWith("text/") || tikaType.equals("application/octet-stream");
        if (textLike && !tikaType.equals("text/html")) {
            var dialect = CsvDialectSniffer.sniff(new String(head, charset));
            if (dialect != null) {
                return dialect.delimiter() == '\t' ? "text/tab-separated-values" : "text/csv";
            }
            return tikaType.equals("application/octet-stream") ? "text/plain" : tikaType;
        }
        return tikaType;
    }

    private static boolean isText(String type) {
        return type.startsWith("text/") || type.equals("application/json") || type.equals("application/sql")
                || type.equals("application/x-ndjson") || type.equals("application/xml");
    }
}
