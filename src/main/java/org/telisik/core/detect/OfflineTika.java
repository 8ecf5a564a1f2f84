package org.telisik.core.detect;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.config.ServiceLoader;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.DefaultDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.xml.sax.SAXException;

/**
 * The one Apache Tika configuration Telisik uses ({@code tika-config.xml} beside this class): the standard
 * detectors and parsers without any that runs an external program. Never {@code TikaConfig.getDefaultConfig()}
 * nor {@code new AutoDetectParser()}: those load the OCR and external parsers, which probe PATH for ffmpeg,
 * exiftool, sox and tesseract, and they also obey a {@code TIKA_CONFIG} variable of the user's environment.
 *
 * <p>Detection needs only the MIME types and the detectors, which the file leaves at Tika's defaults: they are
 * built on their own ({@link #detector()}, {@link #mimeTypes()}), so that an analysis without documents never
 * loads the parsers (a fifth of a CPU-second and some 900 classes at every start); {@code OfflineTikaTest}
 * checks that they are the configuration's detectors in the configuration's order.
 */
public final class OfflineTika {
    private static final String RESOURCE = "tika-config.xml";
    private static TikaConfig config;
    private static Detector detector;

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

    /** Tika's MIME types with their magic: those of the configuration, which sets none of its own. */
    public static MimeTypes mimeTypes() {
        return MimeTypes.getDefaultMimeTypes(OfflineTika.class.getClassLoader());
    }

    /**
     * Tika's detectors as the configuration has them (its file sets none, so the standard ones found by the
     * service loader, then the MIME magic), built without the configuration's parsers unless it is loaded already.
     */
    public static synchronized Detector detector() {
        if (detector == null) {
            ClassLoader loader = OfflineTika.class.getClassLoader();
            detector = config != null ? config.getDetector() : new DefaultDetector(mimeTypes(), new ServiceLoader(loader));
        }
        return detector;
    }

    /** A parser for documents that detects their type with the same configuration. */
    public static AutoDetectParser parser() {
        return new AutoDetectParser(config());
    }
}
