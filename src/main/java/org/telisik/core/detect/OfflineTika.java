package org.telisik.core.detect;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.exception.TikaException;
import org.apache.tika.parser.AutoDetectParser;
import org.xml.sax.SAXException;

/**
 * The one Apache Tika configuration Telisik uses ({@code tika-config.xml} beside this class): the standard
 * detectors and parsers without any that runs an external program. Never {@code TikaConfig.getDefaultConfig()}
 * nor {@code new AutoDetectParser()}: those load the OCR and external parsers, which probe PATH for ffmpeg,
 * exiftool, sox and tesseract, and they also obey a {@code TIKA_CONFIG} variable of the user's environment.
 */
public final class OfflineTika {
    private static final String RESOURCE = "tika-config.xml";
    private static TikaConfig config;

    private OfflineTika() {
    }

    /** The configuration, read once per process (it is immutable and thread-safe). */
    public static synchronized TikaConfig config() {
        if (config == null) {
            try (InputStream in = OfflineTika.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the application");
                }
                config = new TikaConfig(in);
            } catch (IOException | TikaException | SAXException e) {
                throw new IllegalStateException("cannot read Telisik's " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
        return config;
    }

    /** A parser for documents that detects their type with the same configuration. */
    public static AutoDetectParser parser() {
        return new AutoDetectParser(config());
    }
}
