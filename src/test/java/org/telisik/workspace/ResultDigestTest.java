package org.telisik.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.analysis.Analyzer;
import org.telisik.core.analysis.ProgressListener;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;
import org.telisik.core.model.SemanticType;
import org.telisik.testdata.PopulationCsv;
import org.telisik.testdata.RadiologyCsv;

/**
 * The result digest is hashed from a stream now: it must hash exactly the bytes it hashed as one string, or the
 * digests in every existing workspace's audit log stop verifying.
 */
class ResultDigestTest {
    @TempDir
    Path dir;

    /** The digest as it was computed before it streamed: the canonical JSON as a string, encoded whole. */
    private static String asBefore(FileReport report) throws Exception {
        byte[] json = JsonText.canonical(report).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    }

    @Test
    void realAnalysesOfPartsWithNiksAndNamesAndTheirCombinedDatasetHashAsBefore() throws Exception {
        Path parts = PopulationCsv.writeParts(dir.resolve("parts"), 4, 300);
        Path radiology = dir.resolve("rujukan_radiologi.csv");
        RadiologyCsv.write(radiology, 500, 7);
        List<Path> inputs = new ArrayList<>();
        try (var files = Files.list(parts)) {
            files.sorted().forEach(inputs::add);
        }
        inputs.add(radiology);
        Analyzer.Run run = new Analyzer(Analyses.options(false)).run(inputs, ProgressListener.NONE, () -> false,
                r -> { }, null);
        assertThat(run.combined()).as("the parts combine").isNotEmpty();
        List<FileReport> reports = new ArrayList<>(run.files());
        reports.add(new FileReport("combined", 0, null, null, "text/csv", "UTF-8", null, run.combined(), List.of(),
                List.of()));
        reports.add(SampleReports.radiologyCsv("rujukan.csv", SampleReports.SHA_A));
        reports.add(SampleReports.archive("bocoran.zip"));
        reports.add(SampleReports.missing("hilang.csv"));
        assertThat(JsonText.canonical(run.files().get(0))).contains("\"NIK\"").contains("\"PERSON_NAME\"");
        for (FileReport report : reports) {
            assertThat(ResultDigest.of(report)).as(report.path()).isEqualTo(asBefore(report));
        }
    }

    /**
     * Names and values outside the basic plane (emoji in a chat export's names), and damaged text with a lone
     * surrogate, at every offset around the writer's buffer boundaries: encoded as {@code getBytes} encodes them.
     */
    @Test
    void surrogatePairsAndLoneSurrogatesAtEveryBufferBoundaryHashAsBefore() throws Exception {
        for (String odd : List.of("Siti 😀 Rahayu", "Budi \uD83D", "\uDE00 Santoso", "𝔸gus")) {
            for (int pad = 7_900; pad < 8_300; pad += 3) {
                String value = "x".repeat(pad) + odd;
                Map<String, Object> stats = new LinkedHashMap<>();
                stats.put("topValues", Map.of(odd, 3L, "Dewi", 1L));
                stats.put("lengthMean", 17.25);
                ColumnProfile column = new ColumnProfile("nama " + odd, SemanticType.PERSON_NAME, 0.75,
                        List.of(value), 4, 4, false, null, List.of(odd, value), stats);
                FileReport report = new FileReport("chat/" + odd + ".csv", 12, SampleReports.SHA_B, null, "text/csv",
                        "UTF-8", null, List.of(new DatasetProfile(odd, "csv", null, 4, 12, true, List.of(column),
                        List.of())), List.of(), List.of());
                assertThat(ResultDigest.of(report)).as("%s after %d characters", odd, pad).isEqualTo(asBefore(report));
            }
        }
    }
}
