package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telisik.core.analysis.BadInputTest.concat;
import static org.telisik.core.analysis.Corpus.utf8;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.FileReport;

/**
 * A file read as UTF-8 that holds an invalid byte sequence: reading stops at the fault, the records before
 * it are kept in an incomplete dataset, the error names the file, the byte offset and line and what to do,
 * and the other files of the run are analysed.
 */
class InvalidEncodingTest {
    private static final byte[] BAD = {(byte) 0xE2, '(', (byte) 0xA1}; // a three-byte lead, then ASCII
    @TempDir
    Path dir;

    private FileReport analyseWithNeighbour(String name, byte[] content) throws IOException {
        Path bad = Corpus.write(dir, name, content);
        Path good = Corpus.write(dir, "zz_pasien.csv", utf8(Corpus.PASIEN_CSV));
        List<FileReport> reports = Analyses.run(List.of(bad, good)).files();
        assertThat(reports.get(1).error()).isNull();
        assertThat(reports.get(1).datasets().get(0).rows()).isEqualTo(3);
        return reports.get(0);
    }

    private static void assertFault(FileReport r, String name, long offset, long line) {
        assertThat(r.error().message()).contains(" at byte offset " + offset);
        assertFaultNear(r, name, offset, line);
    }

    /** A JSON parser notices the fault a byte or two after its start. */
    private static void assertFaultNear(FileReport r, String name, long offset, long line) {
        assertThat(r.encoding()).isEqualTo("UTF-8");
        assertThat(r.error().code().id()).isEqualTo("invalid-encoding");
        assertThat(r.error().message()).contains(name, "(line " + line + ")", "re-export the file as UTF-8")
                .matches(".* byte offset (" + offset + "|" + (offset + 1) + "|" + (offset + 2) + ") .*");
    }

    /** Enough records with accented names to fill the detector's 64 KB head with valid UTF-8. */
    private static final int ROWS = 1200;

    private static String nama(int i) {
        return List.of("Siti Ñurhaliza", "Budi Santoso", "Dewi Lestari", "Ní Wayan Sukmawatí").get(i % 4) + " " + i;
    }

    private static String nik(int i) {
        return String.format("32041106099%05d", i + 1);
    }

    /** A first line, then {@link #ROWS} records, then the start of a record cut by the fault. */
    private static byte[] before(String first, IntFunction<String> record, String cut) {
        StringBuilder sb = new StringBuilder(first);
        for (int i = 0; i < ROWS; i++) {
            sb.append(record.apply(i)).append('\n');
        }
        return utf8(sb + cut);
    }

    private static void assertRowsBeforeKept(FileReport r) {
        assertThat(r.datasets().get(0).rows()).isEqualTo(ROWS);
        assertThat(r.datasets().get(0).complete()).isFalse();
    }

    @Test
    void sqlDumpKeepsTheTuplesBeforeTheFault() throws IOException {
        byte[] before = before("CREATE TABLE `warga` (`nik` varchar(16), `nama` varchar(80));\n",
                i -> "INSERT INTO `warga` VALUES ('" + nik(i) + "','" + nama(i) + "');",
                "INSERT INTO `warga` VALUES ('3578014406900003','De");
        FileReport r = analyseWithNeighbour("warga.sql", concat(before, BAD, utf8("wi');\n")));
        assertFault(r, "warga.sql", before.length, ROWS + 2);
        assertRowsBeforeKept(r);
    }

    @Test
    void ndjsonAndJsonKeepTheRecordsBeforeTheFault() throws IOException {
        assertJsonFault("log.ndjson", "", "", "application/x-ndjson", ROWS + 1);
        assertJsonFault("api.json", "[\n", ",", "application/json", ROWS + 2);
    }

    private void assertJsonFault(String name, String first, String separator, String type, long line)
            throws IOException {
        byte[] before = before(first, i -> "{\"nik\":\"" + nik(i) + "\",\"nama\":\"" + nama(i) + "\"}" + separator,
                "{\"nik\":\"3578014406900003\",\"nama\":\"De");
        FileReport r = analyseWithNeighbour(name, concat(before, BAD, utf8("wi\"}" + (first.isEmpty() ? "" : "]") + "\n")));
        assertThat(r.mediaType()).isEqualTo(type);
        assertFaultNear(r, name, before.length, line);
        assertRowsBeforeKept(r);
    }

    @Test
    void fixedWidthTableKeepsTheRowsBeforeTheFault() throws IOException {
        byte[] before = before("NIK               NAMA                        KOTA\n",
                i -> nik(i) + "  " + String.format("%-28s", nama(i)) + "Bandung", "3578014406900003  De");
        FileReport r = analyseWithNeighbour("dpt.txt", concat(before, BAD, utf8("wi Lestari                 Surabaya\n")));
        assertThat(r.datasets().get(0).format()).isEqualTo("fixed-width");
        assertFault(r, "dpt.txt", before.length, ROWS + 2);
        assertRowsBeforeKept(r);
    }

    @Test
    void xmlKeepsTheRecordsBeforeTheFault() throws IOException {
        byte[] before = before("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<pasien>\n",
                i -> "<orang><nik>" + nik(i) + "</nik><nama>" + nama(i) + "</nama></orang>", "<orang><nik>3578014406900003</nik><nama>De");
        FileReport r = analyseWithNeighbour("ekspor.xml", concat(before, BAD, utf8("wi</nama></orang>\n</pasien>\n")));
        assertThat(r.mediaType()).isEqualTo("application/xml");
        assertThat(r.error().code().id()).as(r.error().message()).isEqualTo("invalid-encoding");
        assertThat(r.error().message()).contains("ekspor.xml", "line " + (ROWS + 3), "re-export the file as UTF-8");
        assertRowsBeforeKept(r);
    }

    @Test
    void freeTextIsScannedUpToTheFault() throws IOException {
        byte[] before = before("Laporan kunjungan pasien\n", i -> "Pasien " + nama(i) + " dengan NIK " + nik(i)
                + " datang untuk kontrol rutin pada pagi hari dan diminta kembali minggu depan.", "Catatan akhir: De");
        FileReport r = analyseWithNeighbour("laporan.txt", concat(before, BAD, utf8("wi\n")));
        assertThat(r.mediaType()).isEqualTo("text/plain");
        assertFault(r, "laporan.txt", before.length, ROWS + 2);
        assertThat(r.entities()).anySatisfy(e -> {
            assertThat(e.semanticType()).isEqualTo(org.telisik.core.model.SemanticType.NIK);
            assertThat(e.count()).isEqualTo(ROWS); // every NIK before the fault, none lost with the last chunk
        });
    }

    @Test
    void aWindows1252ByteAfterAnAsciiHeadIsTheFaultCaseAndTheMessageSaysHowToConvert() throws IOException {
        StringBuilder sb = new StringBuilder("nik,nama,kota\n");
        int rows = 0;
        while (sb.length() < 100_000) {
            sb.append("3204110609970001,Siti Wulandari ").append(rows++).append(",Bandung\n");
        }
        byte[] head = utf8(sb.toString());
        byte[] tail = "3171012505880002,José Müller,Depok\n".getBytes(Charset.forName("windows-1252"));
        FileReport r = analyseWithNeighbour("ekspor.csv", concat(head, tail));
        assertFault(r, "ekspor.csv", head.length + 20, rows + 2);
        assertThat(r.error().message()).contains("windows-1252", "iconv");
        assertThat(r.datasets().get(0).rows()).isEqualTo(rows);
        assertThat(r.datasets().get(0).complete()).isFalse();
    }

    @Test
    void aWindows1252FileDetectedAsSuchIsNoFault() throws IOException {
        byte[] content = "nik;nama\n3204110609970001;José Müller\n3171012505880002;“Budi”\n"
                .getBytes(Charset.forName("windows-1252"));
        FileReport r = analyseWithNeighbour("excel.csv", content);
        assertThat(r.encoding()).isEqualTo("windows-1252");
        assertThat(r.error()).isNull();
        assertThat(r.datasets().get(0).rows()).isEqualTo(2);
        assertThat(r.datasets().get(0).complete()).isTrue();
    }
}
