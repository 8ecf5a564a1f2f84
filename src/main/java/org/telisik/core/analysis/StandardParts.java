package org.telisik.core.analysis;

import org.telisik.core.detect.FormatDetector;

/**
 * The format detector and the readers every {@link Analyzer} of this process uses, built once: building them
 * reads Tika's MIME types and loads its detectors (Tika's parsers wait for the first document), and both are
 * immutable and safe to share between threads. {@link Preload} builds them while the workspace opens.
 */
final class StandardParts {
    private StandardParts() {
    }

    // built on first use by whichever thread comes first; a failure is thrown to each caller with its cause
    private static FormatDetector detector;
    private static ReaderRegistry readers;

    static synchronized FormatDetector detector() {
        if (detector == null) {
            detector = new FormatDetector();
        }
        return detector;
    }

    static synchronized ReaderRegistry readers() {
        if (readers == null) {
            readers = ReaderRegistry.standard();
        }
        return readers;
    }
}
