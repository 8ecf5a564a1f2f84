package org.telisik.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.tika.detect.MagicDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.testdata.MessyTables;
import org.telisik.testdata.PopulationCsv;
import org.telisik.testdata.RadiologyCsv;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Skipping Tika's magic for heads that none of its patterns matches ({@link MagicPatterns}) gives exactly the
 * answers of asking Tika every time, and does skip it for plain exports.
 */
class MagicPatternsTest {
    private static final FormatDetector FAST = new FormatDetector();
    private static final FormatDetector TIKA = new FormatDetector(false);
    private static final String ROWS = "3204110609970001,Siti Wulandari,Bandung\n3171012505880002,Budi Santoso,Jakarta Pusat\n"
            + "3578014406900003,Dewi Lestari,Surabaya\n";

    private static Detection detect(FormatDetector d, byte[] content, String name) throws IOException {
        return d.detect(new BufferedInputStream(new ByteArrayInputStream(content)), name);
    }

    /** What a detector says, or the fault it reports (Tika's container detectors throw on some broken heads). */
    private static String answer(FormatDetector d, byte[] content, String name) {
        try {
            return detect(d, content, name).toString();
        } catch (IOException e) {
            return e.toString();
        }
    }

    /**
     * Both ways, the same answer, and the clauses filed by their bytes say what trying every clause says; returns
     * whether Tika's magic was skipped.
     */
    private static boolean assertSame(byte[] content, String name) {
        assertThat(answer(FAST, content, name)).as(name + ": " + preview(content)).isEqualTo(answer(TIKA, content, name));
        boolean any = MagicPatterns.tika().anyMatches(content);
        assertThat(any).as("indexed as tried in full: " + preview(content))
                .isEqualTo(MagicPatterns.tika().anyMatchesTryingAll(content));
        return !any;
    }

    private static String preview(byte[] content) {
        String s = new String(content, 0, Math.min(80, content.length), StandardCharsets.ISO_8859_1);
        return s.replace("\n", "\\n").replace("\r", "\\r");
    }

    /**
     * Every literal clause of Tika's table placed at its first and last offset in a table: where Tika's clause
     * matches, so does this class's (in upper case too, where Tika ignores case), and the detector answers as Tika.
     */
    @Test
    void everyClauseOfTikasTablePlacedInATableIsSeenWhereTikaSeesIt() throws Exception {
        int checked = 0;
        List<String> unseen = new ArrayList<>();
        List<Element> regexes = new ArrayList<>();
        List<byte[]> heads = new ArrayList<>();
        for (Element m : tikaMatches()) {
            String type = m.getAttribute("type").isEmpty() ? "string" : m.getAttribute("type");
            String offset = m.getAttribute("offset").isEmpty() ? "0" : m.getAttribute("offset");
            String mask = m.getAttribute("mask").isEmpty() ? null : m.getAttribute("mask");
            MagicDetector clause = MagicDetector.parse(MediaType.TEXT_PLAIN, type, offset, m.getAttribute("value"), mask);
            byte[][] decoded = MagicPatterns.decoded(clause);
            if (type.equals("regex")) {
                regexes.add(m);
                continue;
            }
            assertThat(decoded).as(clause.toString()).isNotNull();
            MagicLeaves.Leaf leaf = MagicPatterns.leaf(m);
            List<byte[]> forms = type.equals("stringignorecase")
                    ? List.of(decoded[0], new String(decoded[0], StandardCharsets.ISO_8859_1).toUpperCase(Locale.ROOT)
                            .getBytes(StandardCharsets.ISO_8859_1)) : List.of(decoded[0]);
            for (byte[] form : forms) {
                for (String at : offset.split(":")) {
                    for (String tail : List.of(",nama,kota\n" + ROWS, "\n" + ROWS)) {
                        byte[] head = concat(padding(Integer.parseInt(at.strip())), form, tail);
                        boolean tika = !clause.detect(new ByteArrayInputStream(head), new Metadata()).equals(MediaType.OCTET_STREAM);
                        assertThat(tika).as("Tika's clause matches its own bytes: " + clause + " at " + at).isTrue();
                        if (!leaf.matches(head)) {
                            unseen.add(clause + " at " + at);
                        }
                        assertSame(head, "data.csv");
                        heads.add(head);
                        checked++;
                    }
                }
            }
        }
        assertThat(unseen).isEmpty();
        assertThat(checked).isGreaterThan(2500);
        assertRegexesAsTika(regexes, heads);
    }

    /** Each regular expression of the table says what Tika's detector says, on every head made above and file stored. */
    private static void assertRegexesAsTika(List<Element> regexes, List<byte[]> heads) throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                try (InputStream in = Files.newInputStream(f)) {
                    heads.add(in.readNBytes(FormatDetector.HEAD_BYTES));
                }
            }
        }
        heads.add(("00714cam a2200205 a 4500\n" + ROWS).getBytes(StandardCharsets.US_ASCII));
        heads.add("digraph G {\n a -> b;\n}\n".getBytes(StandardCharsets.US_ASCII));
        heads.add("  0\nSECTION\n  2\nHEADER\n".getBytes(StandardCharsets.US_ASCII));
        int matched = 0;
        assertThat(regexes).hasSizeGreaterThan(30);
        for (Element m : regexes) {
            MagicDetector tika = MagicDetector.parse(MediaType.TEXT_PLAIN, "regex", m.getAttribute("offset").isEmpty() ? "0"
                    : m.getAttribute("offset"), m.getAttribute("value"), null);
            MagicLeaves.Leaf leaf = MagicPatterns.leaf(m);
            for (byte[] head : heads) {
                boolean byTika = !tika.detect(new ByteArrayInputStream(head), new Metadata()).equals(MediaType.OCTET_STREAM);
                assertThat(leaf.matches(head)).as(m.getAttribute("value") + " on " + preview(head)).isEqualTo(byTika);
                matched += byTika ? 1 : 0;
            }
        }
        assertThat(matched).as("heads some regular expression matches").isGreaterThan(20);
    }

    /**
     * For every type's magic, each clause with its first inner clause (and theirs) written into a table where they
     * ask to be: whatever Tika makes of the head, the short way answers the same.
     */
    @Test
    void headsThatTikasMagicPlacesAreNeverSkipped() throws Exception {
        int placed = 0;
        assertThat(MagicPatterns.tika().size()).as("every type's first clauses read").isEqualTo(tikaRoots().size());
        for (Element root : tikaRoots()) {
            byte[] head = padding(70_000);
            int end = write(root, head);
            byte[] cut = java.util.Arrays.copyOf(head, Math.max(end + 200, 400));
            placed += assertSame(cut, "data.csv") ? 0 : 1;
        }
        assertThat(placed).as("heads sent to Tika's magic").isGreaterThan(300);
    }

    /** Writes a clause's bytes and those of its first inner clause, recursively; returns where the last ends. */
    private static int write(Element m, byte[] head) {
        int end = 0;
        if (m.hasAttribute("value") && !"regex".equals(m.getAttribute("type"))) {
            String type = m.getAttribute("type").isEmpty() ? "string" : m.getAttribute("type");
            String offset = m.getAttribute("offset").isEmpty() ? "0" : m.getAttribute("offset");
            String mask = m.getAttribute("mask").isEmpty() ? null : m.getAttribute("mask");
            byte[][] d = MagicPatterns.decoded(MagicDetector.parse(MediaType.TEXT_PLAIN, type, offset, m.getAttribute("value"), mask));
            int at = Integer.parseInt(offset.split(":")[0].strip());
            for (int i = 0; i < d[0].length && at + i < head.length; i++) {
                head[at + i] = (byte) ((head[at + i] & ~d[1][i]) | (d[0][i] & d[1][i]));
            }
            end = at + d[0].length;
        }
        for (org.w3c.dom.Node n = m.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element inner && inner.getTagName().equals("match")) {
                return Math.max(end, write(inner, head));
            }
        }
        return end;
    }

    /** A table header and rows cut to exactly {@code length} bytes, so a pattern lands at Tika's offset. */
    private static byte[] padding(int length) {
        StringBuilder sb = new StringBuilder("nik,nama,kota\n");
        while (sb.length() < length) {
            sb.append(ROWS);
        }
        return sb.substring(0, length).getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] concat(byte[] a, byte[] b, String tail) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(a);
        out.writeBytes(b);
        out.writeBytes(tail.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void realisticExportsSkipTikasMagicWithTikasAnswer(@TempDir Path dir) throws IOException {
        int skipped = 0;
        for (int seed = 0; seed < 40; seed++) {
            char delimiter = ",;|\t".charAt(seed % 4);
            Path population = dir.resolve("penduduk" + seed + (delimiter == '\t' ? ".tsv" : ".csv"));
            PopulationCsv.write(population, 5 + seed * 7, seed, delimiter);
            skipped += assertSame(Files.readAllBytes(population), population.getFileName().toString()) ? 1 : 0;
            Path radiology = dir.resolve("radiologi" + seed + ".csv");
            RadiologyCsv.write(radiology, 5 + seed * 11, seed);
            skipped += assertSame(Files.readAllBytes(radiology), radiology.getFileName().toString()) ? 1 : 0;
        }
        assertThat(skipped).as("plain population and radiology exports skip Tika's magic").isGreaterThanOrEqualTo(60);
        for (MessyTables.Messy m : MessyTables.all(30, 11).values()) {
            byte[] text = m.text().getBytes(StandardCharsets.UTF_8);
            assertSame(text, m.name());
            assertSame(text, "export.csv");
        }
    }

    @Test
    void filesNamedCsvThatAreSomethingElseAreStillToldByTika() throws IOException {
        String html = "<!DOCTYPE html>\n<html><head><title>Data</title></head><body><table><tr><td>nik</td></tr>"
                + "</table></body></html>\n";
        String htmlLater = "nik,nama\n" + "x".repeat(300) + ",<html>\n";
        String mail = "From: penjual@mail.example\nTo: pembeli@mail.example\nSubject: sampel,data\n\n" + ROWS;
        String quicktime = "nik,ftypqt,nama\n" + ROWS;
        for (String s : List.of(html, htmlLater, mail, quicktime)) {
            assertThat(assertSame(s.getBytes(StandardCharsets.UTF_8), "data.csv")).as(s).isFalse();
        }
        assertThat(detect(FAST, html.getBytes(StandardCharsets.UTF_8), "data.csv").mediaType()).isEqualTo("text/html");
        assertThat(detect(FAST, quicktime.getBytes(StandardCharsets.UTF_8), "data.csv").mediaType())
                .isEqualTo("video/quicktime");
        byte[] zip = zip("penduduk.csv", "nik,nama\n" + ROWS);
        assertThat(assertSame(zip, "penduduk.csv")).isFalse();
        assertThat(detect(FAST, zip, "penduduk.csv").mediaType()).isEqualTo("application/zip");
        byte[] bom = ("\uFEFFnik,nama,kota\n" + ROWS).getBytes(StandardCharsets.UTF_8);
        assertSame(bom, "bom.csv");
        byte[] latin1 = ("nik,nama,kota\n3204110609970001,Andr\u00e9 Sitorus,Medan\n").getBytes(StandardCharsets.ISO_8859_1);
        assertSame(latin1, "latin1.csv");
        byte[] plain = ("nik,nama,kota\n" + ROWS).getBytes(StandardCharsets.UTF_8);
        assertThat(assertSame(plain, "penduduk.txt")).isTrue();
        assertThat(detect(FAST, plain, "penduduk.csv").mediaType()).isEqualTo("text/csv");
    }

    @Test
    void everyStoredFixtureGetsTheSameAnswerUnderItsNameAndNamedCsv() throws IOException {
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of("src/test/resources"))) {
            files = s.filter(Files::isRegularFile).filter(f -> f.toFile().length() < (4 << 20)).toList();
        }
        assertThat(files).hasSizeGreaterThan(50);
        for (Path f : files) {
            byte[] b = Files.readAllBytes(f);
            assertSame(b, f.getFileName().toString());
            assertSame(b, "sample.csv");
        }
    }

    private static byte[] zip(String entry, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(entry));
            z.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** The first clauses of each type's magic in Tika's table. */
    private static List<Element> tikaRoots() throws Exception {
        List<Element> out = new ArrayList<>();
        try (InputStream in = org.apache.tika.mime.MimeTypes.class.getResourceAsStream("tika-mimetypes.xml")) {
            NodeList magics = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("magic");
            for (int i = 0; i < magics.getLength(); i++) {
                for (org.w3c.dom.Node n = magics.item(i).getFirstChild(); n != null; n = n.getNextSibling()) {
                    if (n instanceof Element m && m.getTagName().equals("match")) {
                        out.add(m);
                    }
                }
            }
        }
        assertThat(out).hasSizeGreaterThan(400);
        return out;
    }

    /** The patterns of Tika's table (groups without a value left out: their patterns are listed themselves). */
    /** The table read with SAX holds one top clause per {@code match} directly inside a {@code magic}, as a DOM shows. */
    @Test
    void theTableHoldsEveryTopClauseOfTikasMagic() throws Exception {
        long top = 0;
        try (InputStream in = org.apache.tika.mime.MimeTypes.class.getResourceAsStream("tika-mimetypes.xml")) {
            NodeList matches = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getElementsByTagName("match");
            for (int i = 0; i < matches.getLength(); i++) {
                top += matches.item(i).getParentNode().getNodeName().equals("magic") ? 1 : 0; // groups without a value too
            }
        }
        assertThat(top).isGreaterThan(800);
        assertThat(MagicPatterns.tika().size()).isEqualTo(top);
    }

    private static List<Element> tikaMatches() throws Exception {
        List<Element> out = new ArrayList<>();
        try (InputStream in = org.apache.tika.mime.MimeTypes.class.getResourceAsStream("tika-mimetypes.xml")) {
            NodeList matches = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("match");
            for (int i = 0; i < matches.getLength(); i++) {
                Element m = (Element) matches.item(i);
                if (m.hasAttribute("value")) {
                    out.add(m);
                }
            }
        }
        assertThat(out).hasSizeGreaterThan(1300);
        return out;
    }

    /** Most clauses need a byte at a fixed place, so a head is tried against a few dozen of them, not all. */
    @Test
    void fewClausesAreTriedForEveryHead() {
        MagicPatterns table = MagicPatterns.tika();
        assertThat(table.size()).isGreaterThan(800);
        assertThat(table.unindexed()).isLessThan(table.size() / 5);
    }

    /** Masked bytes and bytes past a short head: filed under the byte that decides, never a byte that cannot match. */
    @Test
    void keysFollowMasksCaseAndOffsets() {
        byte[] ff = {(byte) 0xFF};
        MagicLeaves.Literal masked = new MagicLeaves.Literal(new byte[] {0x00, 0x42}, new byte[] {0x00, (byte) 0xFF},
                false, 4, 4);
        assertThat(masked.key().offset()).as("the masked-out first byte decides nothing").isEqualTo(5);
        assertThat(masked.key().admits()[0x42]).isTrue();
        assertThat(masked.key().admits()[0x43]).isFalse();
        MagicLeaves.Literal lower = new MagicLeaves.Literal(new byte[] {'p', 'k'}, new byte[] {-1, -1}, true, 0, 0);
        assertThat(lower.key().admits()['P']).isTrue();
        assertThat(lower.key().admits()['p']).isTrue();
        assertThat(lower.key().admits()['q']).isFalse();
        assertThat(new MagicLeaves.Literal(ff, ff, false, 0, 8).key()).as("a range of offsets").isNull();
        ClauseIndex<MagicLeaves.Literal> index = ClauseIndex.of(List.of(masked, lower), MagicLeaves.Literal::key);
        byte[] head = {'x', 'x', 'x', 'x', 0x07, 0x42, 'y'};
        assertThat(index.anyMatches(head, l -> l.matches(head))).isTrue();
        assertThat(index.anyMatches("Pkzip".getBytes(StandardCharsets.ISO_8859_1), l -> l == lower)).isTrue();
        assertThat(index.anyMatches("Qkzip".getBytes(StandardCharsets.ISO_8859_1), l -> true)).isFalse();
        assertThat(index.anyMatches("xxxx".getBytes(StandardCharsets.ISO_8859_1), l -> true))
                .as("a head that ends before the deciding byte").isFalse();
    }

    @Test
    void ignoresCaseWhereTikaDoes() {
        byte[] robots = ("USER-AGENT: *\nDISALLOW: /\n").toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII);
        assertThat(MagicPatterns.tika().anyMatches(robots)).isTrue();
        assertThat(MagicPatterns.tika().anyMatches("USER-AGENT: *\nDISALLOW: /\n".getBytes(StandardCharsets.US_ASCII)))
                .isTrue();
    }
}
