package org.telisik.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;
import org.telisik.testdata.RadiologyCsv;

/**
 * A large CSV read in parts on several threads gives the report one read gives: rows, completeness, the
 * profile, digests, warnings and errors with their lines. Small parts put many cuts among the quoted line
 * breaks of the radiology findings.
 */
@ExtendWith(SplitDefaults.class)
class SplitReadTest {
    @TempDir
    Path dir;

    @Test
    void partsGiveTheProfileOfOneRead() throws IOException {
        Path csv = dir.resolve("radiologi.csv");
        RadiologyCsv.write(csv, 9_000, 20);
        FileReport whole = whole(csv);
        for (long part : List.of(70_001L, 131_072L, 333_333L)) {
            FileReport split = split(csv, part);
            assertSame(whole, split);
        }
        assertEquals(9_000, whole.datasets().get(0).rows());
        assertTrue(whole.datasets().get(0).complete());
    }

    @Test
    void faultsDeepInTheFileAreReportedAsOneReadReportsThem() throws IOException {
        String clean = radiology(6_000);
        int third = clean.length() / 3;
        // rows needing leniency (another field count, a control character), then a bare quote inside an unquoted
        // field that the quote scan reads otherwise than OpenCSV, each far beyond the head
        String lenient = insertRows(clean, third, "00999991,3171010101900001,Budi Santoso\u0007,L,01-01-1990,"
                + "081234567890,Jl. Mawar 1,2021-05-05,USG Abdomen,dr. Andi Nasution,normal,BPJS,extra\r\n");
        String bare = insertRows(lenient, 2 * lenient.length() / 3, "00999992,3171010101900002,Siti 5\"x7 Aminah,P,"
                + "02-02-1991,081234567891,Jl. Melati 2,2021-06-06,MRI Brain,dr. Andi Nasution,normal,BPJS\r\n");
        for (String text : List.of(lenient, bare)) {
            Path csv = dir.resolve("messy.csv");
            Files.writeString(csv, text, StandardCharsets.UTF_8);
            FileReport whole = whole(csv);
            assertNotNull(whole.error(), "a warning names the leniencies");
            long tails = SplitRead.TAILS.get();
            assertSame(whole, split(csv, 50_000));
            assertSame(whole, split(csv, 123_457));
            // the bare quote puts the quote scan out of step with OpenCSV: a part ends inside a quoted field
            assertEquals(text == bare, SplitRead.TAILS.get() > tails, "a part was read again with the rest");
        }
    }

    @Test
    void anInvalidByteOrAnOpenQuoteStopsAtTheSameRowLineAndOffset() throws IOException {
        String clean = radiology(6_000);
        byte[] bytes = clean.getBytes(StandardCharsets.UTF_8);
        int at = clean.indexOf("\r\n", bytes.length * 2 / 3) + 10;
        bytes[at] = (byte) 0xC3; // a lead byte followed by ASCII: invalid UTF-8
        Path bad = dir.resolve("invalid.csv");
        Files.write(bad, bytes);
        Path open = dir.resolve("open-quote.csv");
        Files.writeString(open, insertRows(clean, clean.length() / 2, "00999993,\"3171010101900003,Tono,L\r\n"));
        for (Path csv : List.of(bad, open)) {
            FileReport whole = whole(csv);
            assertNotNull(whole.error());
            assertFalse(whole.datasets().get(0).complete());
            long tails = SplitRead.TAILS.get();
            assertSame(whole, split(csv, 60_000));
            assertTrue(SplitRead.TAILS.get() > tails, "the failed part was read again with the rest");
        }
    }

    @Test
    void aCancelStopsEveryPartAtOnce() throws IOException, InterruptedException {
        Path csv = dir.resolve("radiologi.csv");
        RadiologyCsv.write(csv, 20_000, 3);
        SplitRead.large = 0;
        SplitRead.partBytes = 100_000;
        java.util.concurrent.atomic.AtomicLong reported = new java.util.concurrent.atomic.AtomicLong();
        ProgressListener listener = (file, done, total) -> reported.set(done);
        FileAnalyzer analyzer = new FileAnalyzer(new org.telisik.core.detect.FormatDetector(),
                ReaderRegistry.standard(), Analyses.REFERENCE, false);
        org.junit.jupiter.api.Assertions.assertThrows(AnalysisCancelledException.class,
                () -> analyzer.analyze(csv, "radiologi.csv", listener, () -> reported.get() > 1_000_000));
        assertTrue(reported.get() < Files.size(csv), "stopped before the end");
        for (int i = 0; i < 50 && partThreads() > 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(0, partThreads(), "no part is read on after the cancel");
    }

    /** Threads of a read in parts still alive. */
    static long partThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("telisik-part") && t.isAlive()).count();
    }

    private String radiology(int rows) throws IOException {
        Path csv = dir.resolve("base.csv");
        RadiologyCsv.write(csv, rows, 7);
        return Files.readString(csv);
    }

    /** Puts {@code rows} in at the first record start after character {@code near}, every 40 KB from there. */
    private static String insertRows(String text, int near, String rows) {
        StringBuilder sb = new StringBuilder(text);
        List<Integer> places = new ArrayList<>();
        for (int from = near; from < text.length() && places.size() < 5; from += 40_000) {
            int at = recordStart(text, from);
            if (at > 0) {
                places.add(at);
            }
        }
        for (int i = places.size() - 1; i >= 0; i--) {
            sb.insert((int) places.get(i), rows);
        }
        return sb.toString();
    }

    /** The first position after {@code from} that follows a line break outside quotes. */
    private static int recordStart(String text, int from) {
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            quoted ^= c == '"';
            if (c == '\n' && !quoted && i >= from) {
                return i + 1;
            }
        }
        return -1;
    }

    static void assertSame(FileReport whole, FileReport split) {
        assertEquals(whole.sha256(), split.sha256());
        assertEquals(whole.md5(), split.md5());
        assertEquals(whole.sizeBytes(), split.sizeBytes());
        assertEquals(whole.error(), split.error());
        assertProfilesMatch(whole.datasets(), split.datasets());
    }

    static void assertProfilesMatch(List<DatasetProfile> whole, List<DatasetProfile> split) {
        assertEquals(whole.size(), split.size());
        for (int d = 0; d < whole.size(); d++) {
            DatasetProfile a = whole.get(d);
            DatasetProfile b = split.get(d);
            // an incomplete dataset's bytes are where the decoder's buffer had got to, not an exact figure
            assertTrue(Math.abs(a.bytes() - b.bytes()) <= (a.complete() ? 0 : 64 * 1024), a.bytes() + " / " + b.bytes());
            List<Double> sampledA = new ArrayList<>();
            List<Double> sampledB = new ArrayList<>();
            assertLinesEqual(exactPart(a, sampledA), exactPart(b, sampledB));
            for (int i = 0; i < sampledA.size(); i++) {
                assertEquals(sampledA.get(i), sampledB.get(i), 1.0, "a share over the profile's row sample");
            }
        }
    }

    /**
     * The profile as text with the figures that come from its row sample (cross-column agreement) taken out into
     * {@code sampled}: those are within sampling error, everything else must be equal.
     */
    private static String exactPart(DatasetProfile p, List<Double> sampled) {
        // which figures tier 2 sampled, and from how many values: parts too small to settle a column test them all,
        // so a rare identifier inside values that one read's one-in-16 sample missed is found in parts
        String text = INSIDE.matcher(TIER2.matcher(p.toString()).replaceAll("")).replaceAll("");
        Matcher m = SAMPLED.matcher(text.replace("bytes=" + p.bytes(), "bytes=?"));
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            sampled.add(Double.parseDouble(m.group(2)));
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "?%"));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static final Pattern TIER2 = Pattern.compile(", (tier2|identifiersInside|identifiersInText)=\\{[^}]*\\}");
    private static final Pattern INSIDE = Pattern.compile(", [0-9.]+% [a-zA-Z -]+ inside values");
    private static final Pattern SAMPLED = Pattern.compile("((?:agrees with|matches) NIK [a-z ]+ in column [^:]+: )"
            + "([0-9.]+)%");

    /** Equal, or the first difference shown in its context rather than two pages of profile. */
    private static void assertLinesEqual(String a, String b) {
        int i = 0;
        while (i < Math.min(a.length(), b.length()) && a.charAt(i) == b.charAt(i)) {
            i++;
        }
        if (i < Math.max(a.length(), b.length())) {
            int from = Math.max(0, i - 200);
            assertEquals(a.substring(from, Math.min(a.length(), i + 100)), b.substring(from, Math.min(b.length(), i + 100)));
        }
    }

    static FileReport whole(Path file) {
        SplitRead.large = Long.MAX_VALUE;
        return Analyses.file(file);
    }

    /** Read in parts, and at least {@code minParts} of them (so the test sees the split path). */
    static FileReport split(Path file, long partBytes) {
        SplitRead.large = 0;
        SplitRead.partBytes = partBytes;
        long before = SplitRead.JOINED.get();
        FileReport report = Analyses.file(file);
        long size = file.toFile().length();
        assertTrue(SplitRead.JOINED.get() - before >= Math.min(size / partBytes, 3), "read in parts");
        return report;
    }
}
