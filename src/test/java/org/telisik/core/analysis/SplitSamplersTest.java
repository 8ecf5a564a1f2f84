package org.telisik.core.analysis;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.authenticity.EvidenceSampler;
import org.telisik.core.authenticity.FingerprintSet;
import org.telisik.core.authenticity.IdentifierFingerprinter;
import org.telisik.core.authenticity.IdentifierType;
import org.telisik.core.authenticity.RowSample;
import org.telisik.core.estimate.RecordSizes;
import org.telisik.testdata.RadiologyCsv;

/**
 * The run's samplers (row reservoirs, duplicate rows, record sizes, identifier fingerprints) and the datasets
 * combined across files come out of a file read in parts as out of one read: exactly where they count, within
 * sampling error where they sample.
 */
@ExtendWith(SplitDefaults.class)
class SplitSamplersTest {
    @TempDir
    Path dir;

    @Test
    void samplersOfPartsEqualThoseOfOneRead() throws IOException {
        Path csv = dir.resolve("radiologi.csv");
        RadiologyCsv.write(csv, 12_000, 31);
        Files.writeString(csv, Files.readString(csv) + Files.readString(csv).lines().skip(1).limit(800)
                .map(l -> l + "\r\n").reduce("", String::concat)); // rows repeated at the end: duplicates across parts
        SplitRead.large = Long.MAX_VALUE;
        EvidenceSampler whole = sample(csv);
        SplitRead.large = 0;
        SplitRead.partBytes = 90_001;
        long joined = SplitRead.JOINED.get();
        EvidenceSampler split = sample(csv);
        assertTrue(SplitRead.JOINED.get() - joined > 10, "read in parts");

        RowSample a = whole.rowSamples().get(0);
        RowSample b = split.rowSamples().get(0);
        assertEquals(a.rows(), b.rows());
        assertEquals(a.duplicateRows(), b.duplicateRows());
        assertTrue(b.duplicatesExact());
        assertEquals(a.columns(), b.columns());
        assertEquals(a.sampled().size(), b.sampled().size());

        RecordSizes sa = whole.recordSizes().get(0);
        RecordSizes sb = split.recordSizes().get(0);
        assertEquals(sa.records(), sb.records());
        assertEquals(sa.bytes(), sb.bytes());
        assertEquals(sa.meanBytes(), sb.meanBytes(), sa.meanBytes() * 0.01, "later parts size one record in 8");
        assertEquals(sa.p50(), sb.p50(), sa.p50() * 0.05);
        assertEquals(sa.p95(), sb.p95(), sa.p95() * 0.05);
        assertEquals(sa.head().size(), sb.head().size());
        for (int i = 0; i < sa.head().size(); i++) {
            assertArrayEquals(sa.head().get(i), sb.head().get(i));
        }

        Map<IdentifierType, FingerprintSet> fa = whole.fingerprints();
        Map<IdentifierType, FingerprintSet> fb = split.fingerprints();
        assertEquals(fa.keySet(), fb.keySet());
        for (IdentifierType t : fa.keySet()) {
            assertEquals(fa.get(t).level(), fb.get(t).level(), t.name());
            List<byte[]> x = fa.get(t).fingerprints();
            List<byte[]> y = fb.get(t).fingerprints();
            assertEquals(x.size(), y.size(), t.name());
            for (int i = 0; i < x.size(); i++) {
                assertArrayEquals(x.get(i), y.get(i));
            }
        }
    }

    @Test
    void datasetsCombineAcrossFilesReadInParts() throws IOException {
        Path one = dir.resolve("part01.csv");
        Path two = dir.resolve("part02.csv");
        RadiologyCsv.write(one, 5_000, 41);
        RadiologyCsv.write(two, 4_000, 42);
        SplitRead.large = Long.MAX_VALUE;
        Analyzer.Run whole = Analyses.run(List.of(one, two));
        SplitRead.large = 0;
        SplitRead.partBytes = 100_000;
        Analyzer.Run split = Analyses.run(List.of(one, two));
        assertEquals(1, whole.combined().size());
        assertEquals(9_000, split.combined().get(0).rows());
        SplitReadTest.assertSame(whole.files().get(0), split.files().get(0));
        SplitReadTest.assertSame(whole.files().get(1), split.files().get(1));
        assertEquals(whole.combined().get(0).columns().size(), split.combined().get(0).columns().size());
        SplitReadTest.assertProfilesMatch(whole.combined(), split.combined());
    }

    private static EvidenceSampler sample(Path csv) {
        EvidenceSampler sampler = new EvidenceSampler(Analyses.REFERENCE, new IdentifierFingerprinter(new byte[32]));
        new Analyzer(new Analyzer.AnalysisOptions(Analyses.REFERENCE, false)).run(List.of(csv), ProgressListener.NONE,
                () -> false, r -> { }, sampler.sink());
        return sampler;
    }
}
