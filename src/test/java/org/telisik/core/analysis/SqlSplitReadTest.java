package org.telisik.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileReport;
import org.telisik.testdata.HospitalDumps;

/**
 * A large SQL dump read in parts gives the report one read gives: every table's dataset in order with its rows,
 * bytes and profile, the table created and never filled, the statements not read as rows with their count. Small
 * parts put cuts after many statements, among strings that hold line breaks, semicolons and look-alike INSERTs and
 * around comments that hold them too. A run read otherwise than its thread took it, a broken tuple, a string cut
 * by the file's end and an invalid byte come out as one read gives them, with their lines.
 */
@ExtendWith(SplitDefaults.class)
class SqlSplitReadTest {
    @TempDir
    Path dir;

    @Test
    void aMysqldumpInPartsGivesTheProfileOfOneRead() throws IOException {
        Path dump = write("simrs.sql", HospitalDumps.mysql(2_500, 7));
        FileReport whole = SplitReadTest.whole(dump);
        assertEquals(List.of("pasien", "kunjungan", "tindakan", "obat_kosong"), names(whole));
        assertEquals(List.of(2_500L, 5_000L, 3L, 0L), whole.datasets().stream().map(DatasetProfile::rows).toList());
        assertEquals(ErrorCode.SQL_STATEMENTS_SKIPPED, whole.error().code());
        assertTrue(whole.error().message().contains("holds 2 statements"), whole.error().message());
        assertParts(dump, whole);
    }

    @Test
    void aPgDumpWithInsertsInPartsGivesTheProfileOfOneRead() throws IOException {
        Path dump = write("simrs-inserts.sql", HospitalDumps.postgres(2_500, false, 7));
        FileReport whole = SplitReadTest.whole(dump);
        assertEquals(List.of("pasien", "kunjungan", "poli_kosong"), names(whole));
        assertEquals(List.of(2_500L, 5_000L, 0L), whole.datasets().stream().map(DatasetProfile::rows).toList());
        assertParts(dump, whole);
    }

    @Test
    void aPgDumpWithCopyInPartsGivesTheProfileOfOneRead() throws IOException {
        Path dump = write("simrs-copy.sql", HospitalDumps.postgres(2_500, true, 7));
        FileReport whole = SplitReadTest.whole(dump);
        assertEquals(List.of(2_500L, 5_000L, 0L), whole.datasets().stream().map(DatasetProfile::rows).toList());
        assertParts(dump, whole);
    }

    @Test
    void aRunItsThreadReadsOtherwiseIsReadAgainWithTheRest() throws IOException {
        // a double-quoted MySQL value with an escaped quote and a semicolon: the statement skip of the reading
        // thread ends the INSERT at that semicolon, the reader of the run reads the value on past the run's end
        String text = HospitalDumps.mysql(2_000, 11);
        int at = text.indexOf("INSERT INTO `kunjungan`", text.length() / 2);
        text = text.substring(0, at) + "INSERT INTO `kunjungan` VALUES ('2023/05/05/999999','RM0000001','2023-05-05',"
                + "\"kata pasien \\\"sakit; sekali\\\"\",'R51');\n" + text.substring(at);
        Path dump = write("kutip.sql", text);
        FileReport whole = SplitReadTest.whole(dump);
        assertEquals(4_001, whole.datasets().get(1).rows());
        long tails = SplitRead.TAILS.get();
        SplitReadTest.assertSame(whole, SplitReadTest.split(dump, 30_000));
        assertTrue(SplitRead.TAILS.get() > tails, "the misread run was read again with the rest");
    }

    @Test
    void aBrokenTupleAStringCutByTheEndAndAnInvalidByteAreReportedAsOneReadReportsThem() throws IOException {
        String text = HospitalDumps.mysql(2_000, 13);
        int at = text.indexOf("INSERT INTO `kunjungan`", text.length() / 2);
        Path broken = write("rusak.sql", text.substring(0, at) + "INSERT INTO `kunjungan` VALUES ('2023/05/05/999998',"
                + "'RM0000002','2023-05-05','tanpa kurung tutup';\n" + text.substring(at));
        int cut = text.indexOf("Nyeri", text.indexOf("INSERT INTO `kunjungan`", text.length() * 3 / 4));
        Path truncated = write("terpotong.sql", text.substring(0, cut + 3));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[text.indexOf("Demam", text.length() * 2 / 3)] = (byte) 0xC3; // a lead byte before ASCII: invalid
        Path invalid = dir.resolve("invalid.sql");
        Files.write(invalid, bytes);
        for (Path dump : List.of(broken, truncated, invalid)) {
            FileReport whole = SplitReadTest.whole(dump);
            assertNotNull(whole.error(), dump.toString());
            assertTrue(whole.error().message().contains("line"), whole.error().message());
            assertFalse(whole.datasets().get(1).complete());
            long tails = SplitRead.TAILS.get();
            SplitReadTest.assertSame(whole, SplitReadTest.split(dump, 25_000));
            assertTrue(SplitRead.TAILS.get() > tails, "the fault was read again with the rest, on one thread");
        }
    }

    @Test
    void aCopyBlockCutByTheEndOrHoldingAnInvalidByteIsReportedAsOneReadReportsIt() throws IOException {
        String text = HospitalDumps.postgres(2_000, true, 17);
        int cut = text.indexOf("\n", text.indexOf("\\.\n") - 20_000) + 9; // inside a row near the block's end
        Path truncated = write("copy-terpotong.sql", text.substring(0, cut));
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        bytes[text.indexOf("Demam", text.indexOf("COPY public.kunjungan") + text.length() / 4)] = (byte) 0xC3;
        Path invalid = dir.resolve("copy-invalid.sql");
        Files.write(invalid, bytes);
        for (Path dump : List.of(truncated, invalid)) {
            FileReport whole = SplitReadTest.whole(dump);
            assertNotNull(whole.error(), dump.toString());
            assertTrue(whole.error().message().contains("line"), whole.error().message());
            assertFalse(whole.datasets().get(1).complete());
            assertTrue(whole.datasets().get(1).rows() > 1_000, "the rows before the fault are kept");
            SplitReadTest.assertSame(whole, SplitReadTest.split(dump, 25_000));
        }
    }

    @Test
    void aCancelStopsEveryPartAtOnce() throws IOException, InterruptedException {
        Path dump = write("besar.sql", HospitalDumps.mysql(12_000, 3));
        SplitRead.large = 0;
        SplitRead.partBytes = 100_000;
        AtomicLong reported = new AtomicLong();
        ProgressListener listener = (file, done, total) -> reported.set(done);
        FileAnalyzer analyzer = new FileAnalyzer(new org.telisik.core.detect.FormatDetector(),
                ReaderRegistry.standard(), Analyses.REFERENCE, false);
        assertThrows(AnalysisCancelledException.class,
                () -> analyzer.analyze(dump, "besar.sql", listener, () -> reported.get() > 1_000_000));
        assertTrue(reported.get() < Files.size(dump), "stopped before the end");
        for (int i = 0; i < 50 && SplitReadTest.partThreads() > 0; i++) {
            Thread.sleep(100);
        }
        assertEquals(0, SplitReadTest.partThreads(), "no part is read on after the cancel");
    }

    /** Read in parts of several sizes, each giving the report one read gives with no run read again. */
    private static void assertParts(Path dump, FileReport whole) {
        for (long part : List.of(20_001L, 65_536L, 150_000L)) {
            long tails = SplitRead.TAILS.get();
            SplitReadTest.assertSame(whole, SplitReadTest.split(dump, part));
            assertEquals(tails, SplitRead.TAILS.get(), "every run was read as its thread took it");
        }
    }

    private static List<String> names(FileReport r) {
        return r.datasets().stream().map(DatasetProfile::name).toList();
    }

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }
}
