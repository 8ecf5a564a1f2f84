package org.telisik.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.claim.ClaimParser;
import org.telisik.core.model.Estimate;
import org.telisik.core.model.FileReport;
import org.telisik.testdata.PopulationCsv;
import org.telisik.testdata.RadiologyCsv;

class RecordEstimatorTest {
    @TempDir
    Path dir;
    private final ClaimParser parser = new ClaimParser();
    private final RecordEstimator estimator = new RecordEstimator();

    private Estimate estimate(String claim, SampleRun run, Path... evidence) {
        return estimator.estimate(parser.parse(claim), run.basis());
    }

    @Test
    void midIsWithinFivePercentOfTheTrueCountForRadiologyCsvFromTheHeadOfTheDump() throws IOException {
        Path full = dir.resolve("full.csv");
        RadiologyCsv.write(full, 60_000, 7);
        Path sample = SampleRun.head(full, 2_000, dir.resolve("sample.csv"));
        Estimate e = estimate(Files.size(full) + " bytes, 60.000 baris", SampleRun.of(sample), sample);
        assertThat((double) e.records().mid()).isCloseTo(60_000, org.assertj.core.data.Percentage.withPercentage(5));
        assertThat(e.records().low()).isLessThan(60_000);
        assertThat(e.records().high()).isGreaterThan(60_000);
        assertThat(e.consistency()).isEqualTo("consistent");
    }

    @Test
    void midIsWithinFivePercentForATabSeparatedRegister() throws IOException {
        Path full = dir.resolve("full.tsv");
        PopulationCsv.write(full, 80_000, 11, '\t');
        Path sample = SampleRun.head(full, 1_000, dir.resolve("sample.tsv"));
        Estimate e = estimate(Files.size(full) + " bytes", SampleRun.of(sample), sample);
        assertThat((double) e.records().mid()).isCloseTo(80_000, org.assertj.core.data.Percentage.withPercentage(5));
        assertThat(e.consistency()).isEqualTo("not_comparable");
        assertThat(e.explanation()).anyMatch(s -> s.contains("no record count"));
    }

    @Test
    void compressedClaimUsesTheSamplesOwnCompressionRatioAndWidensTheRange() throws IOException {
        Path full = dir.resolve("full.csv");
        RadiologyCsv.write(full, 60_000, 8);
        Path gz = dir.resolve("full.csv.gz");
        try (InputStream in = Files.newInputStream(full); OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            in.transferTo(out);
        }
        Path sample = SampleRun.head(full, 3_000, dir.resolve("sample.csv"));
        Estimate plain = estimate(Files.size(full) + " bytes", SampleRun.of(sample), sample);
        Estimate e = estimate(Files.size(gz) + " bytes gz", SampleRun.of(sample), sample);
        assertThat(e.claim().compressed()).isTrue();
        assertThat((double) e.records().mid()).isCloseTo(60_000, org.assertj.core.data.Percentage.withPercentage(5));
        assertThat(e.records().high() - e.records().low()).isGreaterThan(plain.records().high() - plain.records().low());
        assertThat(e.assumptions().codec()).isEqualTo("gzip");
        assertThat(e.explanation()).anyMatch(s -> s.contains("gzip (deflate)") && s.contains("ratio of"));
    }

    @Test
    void explainsThatTwentyGigabytesPerSixMillionNeedsImages() throws IOException {
        Path sample = dir.resolve("sample.csv");
        PopulationCsv.write(sample, 2_000, 3, ',');
        SampleRun run = SampleRun.of(sample);
        assertThat(run.basis().tables().get(0).nativeBytesPerRecord()).isBetween(150.0, 400.0);
        Estimate e = estimate("720 GB, 6 juta data", run, sample);
        assertThat(e.consistency()).isEqualTo("inconsistent");
        assertThat(e.bytesPerRecord().claimed()).isEqualTo(120_000.0);
        assertThat(e.explanation()).anyMatch(s -> s.contains("6,000,000 records: that is 120,000 bytes (120 KB) per record"));
        assertThat(e.explanation()).anyMatch(s -> s.contains("only holds if each record also carries")
                && s.contains("images"));
        assertThat(e.explanation()).anyMatch(s -> s.contains("head of the dump"));
    }

    @Test
    void attachmentsArePartOfTheRecordAndShownOnTheirOwnLine() throws IOException {
        Path sample = dir.resolve("sample.csv");
        PopulationCsv.write(sample, 1_000, 4, ',');
        SampleRun run = SampleRun.of(sample);
        List<FileReport> files = new ArrayList<>(List.of(run.report()));
        for (int i = 0; i < 1_000; i++) { // one 120 KB image per patient
            files.add(new FileReport("img/" + i + ".dcm", 119_700, "0", "0", "application/dicom", null, null,
                    List.of(), List.of(), List.of()));
        }
        EstimateBasis m = EstimateBasis.of(files, run.sizes());
        assertThat(m.attachmentBytes() / m.rows()).isEqualTo(119_700L);
        Estimate e = estimator.estimate(parser.parse("720 GB, 6 juta data"), m);
        assertThat(e.consistency()).isEqualTo("consistent");
        assertThat(e.explanation()).anyMatch(s -> s.startsWith("Attached files") && s.contains("1,000 files")
                && s.contains("119,700 bytes (120 KB) per record"));
    }

    @Test
    void tooSmallASizeForTheCountIsInconsistentTheOtherWay() throws IOException {
        Path sample = dir.resolve("sample.csv");
        PopulationCsv.write(sample, 1_000, 5, ',');
        Estimate e = estimate("1 GB, 279 juta penduduk", SampleRun.of(sample), sample);
        assertThat(e.consistency()).isEqualTo("inconsistent");
        assertThat(e.explanation()).anyMatch(s -> s.contains("too small for that many records"));
    }

    @Test
    void countWithoutSizeIsNotComparableButSaysWhatItWouldTake() throws IOException {
        Path sample = dir.resolve("sample.csv");
        PopulationCsv.write(sample, 500, 6, ',');
        Estimate e = estimate("6 juta data", SampleRun.of(sample), sample);
        assertThat(e.consistency()).isEqualTo("not_comparable");
        assertThat(e.records()).isNull();
        assertThat(e.explanation()).anyMatch(s -> s.contains("cannot be checked") && s.contains("would take"));
    }

    @Test
    void sizeNotSaidToBeCompressedMentionsTheAlternative() throws IOException {
        Path sample = dir.resolve("sample.csv");
        PopulationCsv.write(sample, 500, 6, ',');
        Estimate e = estimate("3.26 GB", SampleRun.of(sample), sample);
        assertThat(e.claim().compressed()).isNull();
        assertThat(e.explanation()).anyMatch(s -> s.contains("does not say whether its size is compressed"));
    }

    @Test
    void emptySampleIsNotComparable() {
        Estimate e = estimator.estimate(parser.parse("720 GB, 6 juta"), EstimateBasis.of(List.of(), List.of()));
        assertThat(e.consistency()).isEqualTo("not_comparable");
        assertThat(e.records()).isNull();
    }
}
