package org.telisik.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.CompositeDetector;
import org.apache.tika.detect.Detector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.junit.jupiter.api.Test;

/**
 * The detectors {@link OfflineTika} builds without the parsers are those of Telisik's Tika configuration: the
 * same detectors in the same order, the same MIME types, and the same answer for every file of the test corpus
 * (CSV, Excel old and new, Access, SQLite, DICOM, 7z, HTML, XML, DBF, JSON, SQL) with and without its name.
 */
class OfflineTikaTest {
    private static List<String> tree(Detector d) {
        List<String> out = new ArrayList<>();
        out.add(d.getClass().getName());
        if (d instanceof CompositeDetector c) {
            for (Detector inner : c.getDetectors()) {
                tree(inner).forEach(n -> out.add("  " + n));
            }
        }
        return out;
    }

    @Test
    void theDetectorsAreTheConfigurationsInItsOrder() {
        TikaConfig config = OfflineTika.config();
        assertThat(tree(OfflineTika.detector())).isEqualTo(tree(config.getDetector()))
                .contains("  org.apache.tika.detect.zip.DefaultZipContainerDetector",
                        "  org.apache.tika.detect.microsoft.POIFSContainerDetector")
                .last().isEqualTo("  org.apache.tika.mime.MimeTypes");
        assertThat(OfflineTika.mimeTypes().getMediaTypeRegistry().getTypes())
                .isEqualTo(config.getMimeRepository().getMediaTypeRegistry().getTypes()).hasSizeGreaterThan(1000);
        assertThat(OfflineTika.mimeTypes().getMinLength()).isEqualTo(config.getMimeRepository().getMinLength());
    }

    @Test
    void everyTestFileIsDetectedAsTheConfigurationDetectsIt() throws Exception {
        Detector config = OfflineTika.config().getDetector();
        Detector mine = freshDetector();
        List<Path> files;
        try (Stream<Path> all = Files.walk(Path.of("src/test/resources"))) {
            files = all.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        for (Path file : files) {
            for (boolean named : new boolean[] {true, false}) {
                assertThat(detect(mine, file, named)).as(file + (named ? " by name" : ""))
                        .isEqualTo(detect(config, file, named));
            }
        }
    }

    /** A detector built as a process that never loads the configuration builds it. */
    private static Detector freshDetector() {
        return new org.apache.tika.detect.DefaultDetector(OfflineTika.mimeTypes(),
                new org.apache.tika.config.ServiceLoader(OfflineTika.class.getClassLoader()));
    }

    private static String detect(Detector detector, Path file, boolean named) throws Exception {
        Metadata metadata = new Metadata();
        if (named) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, file.getFileName().toString());
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
            return detector.detect(in, metadata).toString();
        }
    }
}
