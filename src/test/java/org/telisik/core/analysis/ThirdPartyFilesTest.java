package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.telisik.core.detect.Detection;
import org.telisik.core.detect.FormatDetector;
import org.telisik.core.model.FileReport;
import org.telisik.core.read.CollectingSink;
import org.telisik.core.read.CsvTableReader;
import org.telisik.core.read.DicomHeaderReader;
import org.telisik.core.read.ReadContext;

/** Real files from other projects (see src/test/resources/formats/third-party/README.md). */
class ThirdPartyFilesTest {

    private static Path resource(String name) throws URISyntaxException {
        return Path.of(ThirdPartyFilesTest.class.getResource("/formats/third-party/" + name).toURI());
    }

    private static Detection detect(Path p) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(p))) {
            return new FormatDetector().detect(in, p.getFileName().toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"comma_in_quotes", "escaped_quotes", "json", "newlines",
            "newlines_crlf", "quotes_and_newlines", "simple", "simple_crlf", "utf8", "empty", "empty_crlf"})
    void csvSpectrumParsesAsItsAuthorsExpect(String name) throws Exception {
        Path csv = resource("csv-spectrum/" + name + ".csv");
        assertThat(detect(csv).mediaType()).isEqualTo("text/csv");
        CollectingSink sink = new CollectingSink();
        try (InputStream in = Files.newInputStream(csv)) {
            new CsvTableReader().read(in, new ReadContext(name, "text/csv", StandardCharsets.UTF_8, Files.size(csv)), sink);
        }
        CollectingSink.Table t = sink.only();
        JsonNode expected = new ObjectMapper().readTree(resource("csv-spectrum/json/" + name + ".json").toFile());
        List<String> keys = new ArrayList<>();
        expected.get(0).fieldNames().forEachRemaining(keys::add);
        assertThat(t.columns).containsExactlyElementsOf(keys);
        assertThat(t.rows).hasSize(expected.size());
        for (int r = 0; r < expected.size(); r++) {
            Iterator<String> k = keys.iterator();
            while (k.hasNext()) {
                String key = k.next();
                assertThat(t.value(r, key).replace("\r\n", "\n")).as("%s row %d %s", name, r, key)
                        .isEqualTo(expected.get(r).get(key).asText().replace("\r\n", "\n"));
            }
        }
        assertThat(t.complete).isTrue();
    }

    @ParameterizedTest
    @CsvSource({
        "CT_small.dcm, CompressedSamples^CT1, 1CT1, CT, 20040119, 128",
        "MR_small.dcm, CompressedSamples^MR1, 4MR1, MR, 20040826, 64",
        "MR_small_implicit.dcm, CompressedSamples^MR1, 4MR1, MR, 20040826, 64",
        "MR_small_bigendian.dcm, CompressedSamples^MR1, 4MR1, MR, 20040826, 64",
        "image_dfl.dcm, ^^^^, , OT, , 512"})
    void pydicomTestFiles(String file, String name, String id, String modality, String studyDate, String rows)
            throws Exception {
        Path p = resource("pydicom/" + file);
        assertThat(detect(p).mediaType()).isEqualTo("application/dicom");
        CollectingSink sink = new CollectingSink();
        try (InputStream in = Files.newInputStream(p)) {
            new DicomHeaderReader().read(in, new ReadContext(file, "application/dicom", null, Files.size(p)), sink);
        }
        CollectingSink.Table t = sink.only();
        assertThat(t.complete).isTrue();
        assertThat(t.value(0, "PatientName")).isEqualTo(name);
        assertThat(t.value(0, "PatientID")).isEqualTo(id);
        assertThat(t.value(0, "Modality")).isEqualTo(modality);
        assertThat(t.value(0, "StudyDate")).isEqualTo(studyDate);
        assertThat(t.value(0, "Rows")).isEqualTo(rows);
    }

    @ParameterizedTest
    @ValueSource(strings = "rtplan_truncated.dcm")
    void truncatedPydicomFile(String file) throws Exception {
        FileReport r = Analyses.file(resource("pydicom/" + file));
        assertThat(r.mediaType()).isEqualTo("application/dicom");
        assertThat(r.error().code().id()).isEqualTo("truncated-dicom");
        assertThat(r.datasets().get(0).complete()).isFalse();
        assertThat(r.datasets().get(0).rows()).isEqualTo(1);
    }
}
