package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telisik.core.analysis.Corpus.utf8;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.FileReport;

/**
 * Every fault of the "Bad input" list in one run, between good files: each faulty file gets its
 * stable code and a sentence naming it and saying what to do, rows read before the fault are kept in an
 * incomplete dataset, and the good files around them are analysed in full.
 */
class BadInputRunTest {
    @TempDir
    static Path dir;
    static List<FileReport> reports;

    @BeforeAll
    static void analyseOneFolderOfFaults() throws IOException {
        Corpus.write(dir, "a_pasien.csv", utf8(Corpus.PASIEN_CSV));
        Corpus.write(dir, "kosong.csv", new byte[0]);
        byte[] junk = new byte[50_000];
        new Random(3).nextBytes(junk);
        Corpus.write(dir, "sampah.csv", junk);
        Corpus.write(dir, "warga.csv", invalidUtf8());
        Corpus.write(dir, "kutip.csv", utf8("nik,nama,catatan\n3204110609970001,Siti,\"baik\"\n"
                + "3171012505880002,Budi,\"tidak ditutup\n3578014406900003,Dewi,normal\n"));
        Corpus.write(dir, "panjang.csv", utf8(Corpus.PASIEN_CSV + "3204110609970004,"
                + "x".repeat(5 * 1024 * 1024) + ",Bandung\n"));
        Corpus.write(dir, "potong.sql", utf8("CREATE TABLE t (nik varchar(16));\nINSERT INTO t VALUES "
                + "('3204110609970001'),('3171012505880002'),('35780144"));
        Corpus.write(dir, "potong.json", utf8("[{\"nik\":\"3204110609970001\"},{\"nik\":\"31710125"));
        byte[] dicom = org.telisik.core.read.DicomFixtures.builder().patient("SANTOSO^BUDI", "RM-1")
                .withSequence(false).build();
        Corpus.write(dir, "IM0001", Arrays.copyOf(dicom, 400));
        byte[] xlsx = SpreadsheetAnalysisTest.workbook(new XSSFWorkbook());
        Corpus.write(dir, "potong.xlsx", Arrays.copyOf(xlsx, xlsx.length / 2));
        byte[] zip = Corpus.zip(Map.of("data.csv", bigCsv()));
        Corpus.write(dir, "potong.zip", Arrays.copyOf(zip, zip.length / 2));
        Corpus.write(dir, "bom.zip", Corpus.zip(Map.of("nol.csv", new byte[8 << 20])));
        Corpus.write(dir, "droste.zip", SelfContainingZip.build());
        Corpus.write(dir, "zz_akhir.json", utf8("[{\"nik\":\"3204110609970001\",\"nama\":\"Siti\"}]"));
        AnalysisLimits limits = Analyses.archiveLimits(1L << 40, 100, 1 << 20, 5);
        reports = new Analyzer(new Analyzer.AnalysisOptions(Analyses.REFERENCE, false, limits))
                .run(List.of(dir), ProgressListener.NONE, () -> false, r -> { }).files();
    }

    private static byte[] invalidUtf8() {
        StringBuilder sb = new StringBuilder("nik;nama\n");
        for (int i = 0; i < 3000; i++) {
            sb.append("3204110609970001;Ñur Aini ").append(i).append('\n');
        }
        byte[] good = utf8(sb.toString());
        byte[] all = Arrays.copyOf(good, good.length + 4);
        all[good.length] = (byte) 0xC3;
        all[good.length + 1] = 'x';
        all[good.length + 2] = ';';
        all[good.length + 3] = '\n';
        return all;
    }

    private static byte[] bigCsv() {
        StringBuilder big = new StringBuilder("nik,nama\n");
        for (int i = 0; i < 20_000; i++) {
            big.append("3204110609970001,Nama Panjang Sekali ").append(i * 7919L).append('\n');
        }
        return utf8(big.toString());
    }

    private static FileReport report(String name) {
        return reports.stream().filter(r -> Path.of(r.path()).getFileName().toString().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError(name + " not in the run"));
    }

    /** Code, rows per dataset ("!" after an incomplete one) and what the sentence must say, per file. */
    private static void expect(String name, String code, String rows, String... says) {
        FileReport r = report(name);
        assertThat(r.error()).as(name).isNotNull();
        assertThat(r.error().code().id()).as(name).isEqualTo(code);
        assertThat(rows(r)).as(name).isEqualTo(rows);
        assertThat(r.error().message()).as(name).contains(name).contains(says).endsWith(".");
        assertThat(r.sha256()).as(name + " is hashed whatever happened").isNotNull();
    }

    private static String rows(FileReport r) {
        return r.datasets().stream().map(d -> d.rows() + (d.complete() ? "" : "!")).toList().toString();
    }

    @Test
    void theGoodFilesAroundTheFaultsAreAnalysedInFull() {
        assertThat(reports).hasSize(14);
        assertThat(report("a_pasien.csv").error()).isNull();
        assertThat(rows(report("a_pasien.csv"))).isEqualTo("[3]");
        assertThat(report("zz_akhir.json").error()).isNull();
        assertThat(rows(report("zz_akhir.json"))).isEqualTo("[1]");
    }

    @Test
    void emptyBinaryAndUndecodableFiles() {
        expect("kosong.csv", "empty-file", "[]", "0 bytes", "ask the source");
        expect("sampah.csv", "binary-content", "[]", "check whether it is encrypted");
        expect("warga.csv", "invalid-encoding", "[3000!]", "byte offset 94899", "line 3002", "re-export");
    }

    @Test
    void textFaultsKeepTheRowsBefore() {
        expect("kutip.csv", "unbalanced-quote", "[1!]", "never closed", "rows before it were kept", "stray quote");
        expect("panjang.csv", "record-too-long", "[3!]", "line 5", "rows before it were kept", "split it");
        expect("potong.sql", "truncated-sql", "[2!]", "rows before the cut were kept", "ask the source");
        expect("potong.json", "truncated-json", "[1!]", "records before the cut were kept", "ask the source");
        expect("IM0001", "truncated-dicom", "[1!]", "attributes before the cut were kept", "ask the source");
        expect("potong.xlsx", "malformed-spreadsheet", "[]", "not a readable workbook", "ask for a fresh copy");
    }

    @Test
    void archiveFaults() {
        expect("potong.zip", "corrupt-archive", "[]", "cut short", "ask for a fresh copy");
        FileReport cutMember = report("potong.zip").entries().get(0);
        // the rows unpacked before the cut are kept (10,003 while the decoder read 16 KB ahead of the rows it gave)
        assertThat(rows(cutMember)).isEqualTo("[10055!]");
        expect("bom.zip", "archive-limit", "[]", "times beyond its size", "unpack it by hand in a sandbox");
        FileReport droste = report("droste.zip");
        assertThat(droste.error()).isNull();
        assertThat(droste.entries()).singleElement().satisfies(copy -> {
            assertThat(copy.error().code().id()).isEqualTo("archive-self-reference");
            assertThat(copy.error().message()).contains("droste.zip", "contains itself", "not unpacked again");
            assertThat(copy.entries()).isEmpty();
        });
    }
}
