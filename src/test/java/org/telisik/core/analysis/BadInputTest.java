package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telisik.core.analysis.Corpus.utf8;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.archive.ArchiveLimits;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;

class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void emptyFile() throws IOException {
        FileReport r = Analyses.file(Corpus.write(dir, "kosong.csv", new byte[0]));
        assertThat(r.error().code().id()).isEqualTo("empty-file");
        assertThat(r.error().message()).contains("kosong.csv", "0 bytes");
        assertThat(r.sha256()).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    }

    @Test
    void binaryGarbageNamedCsv() throws IOException {
        byte[] junk = new byte[100_000];
        new Random(42).nextBytes(junk);
        FileReport r = Analyses.file(Corpus.write(dir, "pasien.csv", junk));
        assertThat(r.mediaType()).isEqualTo("application/octet-stream");
        assertThat(r.encoding()).isNull();
        assertThat(r.error().code().id()).isEqualTo("binary-content");
        assertThat(r.sizeBytes()).isEqualTo(100_000);
        assertThat(r.datasets()).isEmpty();
    }

    @Test
    void invalidUtf8StopsAtTheFaultWithTheRowsBeforeKept() throws IOException {
        StringBuilder sb = new StringBuilder("nik;nama;kota\n");
        for (int i = 0; i < 5000; i++) {
            sb.append("3204110609970001;Wulandari Ñur ").append(i).append(";Bandung\n");
        }
        byte[] good = utf8(sb.toString());
        byte[] bad = utf8("3204110609970002;Rusak \u0000;Depok\n");
        bad[bad.length - 10] = (byte) 0xC3; // a lead byte followed by ASCII: not UTF-8
        byte[] content = concat(good, bad, utf8("3204110609970003;Akhir;Bogor\n"));
        Path warga = Corpus.write(dir, "warga.csv", content);
        Path next = Corpus.write(dir, "pasien.csv", utf8(Corpus.PASIEN_CSV));
        List<FileReport> reports = Analyses.run(List.of(warga, next)).files();
        FileReport r = reports.get(0);
        assertThat(r.encoding()).isEqualTo("UTF-8");
        assertThat(r.error().code().id()).isEqualTo("invalid-encoding");
        assertThat(r.error().message()).contains("warga.csv", "byte offset " + (good.length + bad.length - 10),
                "line 5002", "5000 row(s)", "re-export the file as UTF-8");
        DatasetProfile d = r.datasets().get(0);
        assertThat(d.complete()).isFalse();
        assertThat(d.rows()).isEqualTo(5000);
        assertThat(r.sha256()).isNotNull(); // the hashes still cover the whole file
        assertThat(r.sizeBytes()).isEqualTo(content.length);
        assertThat(reports.get(1).error()).isNull();
        assertThat(reports.get(1).datasets().get(0).rows()).isEqualTo(3);
    }

    @Test
    void unbalancedQuoteStopsWithRowsKept() throws IOException {
        String csv = "nik,nama,catatan\n3204110609970001,Siti,\"baik\"\n3171012505880002,Budi,\"tidak ditutup\n"
                + "3578014406900003,Dewi,normal\n";
        FileReport r = Analyses.file(Corpus.write(dir, "kutip.csv", utf8(csv)));
        assertThat(r.error().code().id()).isEqualTo("unbalanced-quote");
        assertThat(r.error().message()).contains("kutip.csv", "never closed");
        assertThat(r.datasets().get(0).rows()).isEqualTo(1);
        assertThat(r.datasets().get(0).complete()).isFalse();
    }

    @Test
    void truncatedSqlAndJsonAndDicom() throws IOException {
        FileReport sql = Analyses.file(Corpus.write(dir, "dump.sql",
                utf8("CREATE TABLE t (a int);\nINSERT INTO t VALUES (1),(2),(3")));
        assertThat(sql.mediaType()).isEqualTo("application/sql");
        assertThat(sql.error().code().id()).isEqualTo("truncated-sql");
        assertThat(sql.datasets().get(0).rows()).isEqualTo(2);
        FileReport json = Analyses.file(Corpus.write(dir, "api.json", utf8("[{\"nik\":\"3204110609970001\"},{\"nik\":")));
        assertThat(json.error().code().id()).isEqualTo("truncated-json");
        assertThat(json.datasets().get(0).rows()).isEqualTo(1);
        byte[] dicom = org.telisik.core.read.DicomFixtures.builder().patient("SANTOSO^BUDI", "RM-1").withSequence(false)
                .build();
        FileReport dcm = Analyses.file(Corpus.write(dir, "IM0001", Arrays.copyOf(dicom, 400)));
        assertThat(dcm.mediaType()).isEqualTo("application/dicom");
        assertThat(dcm.error().code().id()).isEqualTo("truncated-dicom");
        assertThat(dcm.datasets().get(0).complete()).isFalse();
    }

    @Test
    void raggedRowsAreCountedAndReportedWithoutStopping() throws IOException {
        StringBuilder sb = new StringBuilder("nik,nama,kota\n");
        for (int i = 0; i < 30; i++) {
            sb.append("32041106099700").append(10 + i).append(",Siti ").append(i).append(",Bandung\n");
        }
        String csv = sb + "3171012505880002,Budi\n3578014406900003,Dewi,Surabaya,extra\n3204110609970004,Rina,Depok\n";
        FileReport r = Analyses.file(Corpus.write(dir, "ragged.csv", utf8(csv)));
        assertThat(r.error().code().id()).isEqualTo("ragged-rows");
        assertThat(r.error().message()).contains("2 row(s)");
        assertThat(r.datasets().get(0).rows()).isEqualTo(33);
        assertThat(r.datasets().get(0).complete()).isTrue();
    }

    @Test
    void oneBadFileNeverStopsTheOthers() throws IOException {
        Path bad = Corpus.write(dir, "a.csv", new byte[0]);
        Path good = Corpus.write(dir, "b.csv", utf8(Corpus.PASIEN_CSV));
        Path missing = dir.resolve("c.csv");
        List<FileReport> reports = Analyses.run(List.of(bad, good, missing)).files();
        assertThat(reports).extracting(f -> f.error() == null ? null : f.error().code().id())
                .containsExactly("empty-file", null, "file-not-found");
        assertThat(reports.get(1).datasets().get(0).rows()).isEqualTo(3);
    }

    @Test
    void perFileTimeLimitStopsAFileThatTakesTooLong() throws IOException {
        StringBuilder sb = new StringBuilder("nik,nama\n");
        for (int i = 0; i < 20_000; i++) {
            sb.append("3204110609970001,Nama ").append(i).append('\n');
        }
        Path p = Corpus.write(dir, "lambat.csv", utf8(sb.toString()));
        AtomicLong clock = new AtomicLong();
        // every look at the clock advances it by one millisecond: the limit is passed after 20 looks
        AnalysisLimits limits = new AnalysisLimits(ArchiveLimits.defaults(), Duration.ofMillis(20),
                () -> clock.addAndGet(1_000_000));
        FileReport r = Analyses.file(p, limits);
        assertThat(r.error().code().id()).isEqualTo("time-limit");
        assertThat(r.error().message()).contains("lambat.csv");
        assertThat(r.sha256()).isNotNull(); // hashes still cover the whole file
        assertThat(r.sizeBytes()).isEqualTo(sb.length());
        assertThat(r.datasets()).hasSize(1);
        assertThat(r.datasets().get(0).complete()).isFalse();
    }

    @Test
    void aReaderThatSpinsWithoutReadingIsAbandonedAndTheNextFileRuns() throws IOException {
        java.util.concurrent.atomic.AtomicBoolean spun = new java.util.concurrent.atomic.AtomicBoolean();
        org.telisik.core.read.TableReader spinning = (in, context, sink) -> {
            spun.set(true);
            while (!Thread.currentThread().isInterrupted()) {
                Thread.onSpinWait(); // neither reads nor emits: only the watchdog can stop this
            }
        };
        AnalysisLimits limits = new AnalysisLimits(ArchiveLimits.defaults(), Duration.ofMillis(300), System::nanoTime);
        FileAnalyzer analyzer = new FileAnalyzer(new org.telisik.core.detect.FormatDetector(),
                new ReaderRegistry(java.util.Map.of("text/csv", spinning)), Analyses.REFERENCE, false, limits);
        Path stuck = Corpus.write(dir, "macet.csv", utf8(Corpus.PASIEN_CSV));
        FileReport r = analyzer.analyze(stuck, "macet.csv", ProgressListener.NONE, () -> false);
        assertThat(spun).isTrue();
        assertThat(r.error().code().id()).isEqualTo("time-limit");
        assertThat(r.error().message()).contains("macet.csv", "abandoned");
        Path next = Corpus.write(dir, "lanjut.json", utf8("[{\"a\": 1}]"));
        FileReport after = new FileAnalyzer(new org.telisik.core.detect.FormatDetector(), ReaderRegistry.standard(),
                Analyses.REFERENCE, false, limits).analyze(next, "lanjut.json", ProgressListener.NONE, () -> false);
        assertThat(after.error()).isNull();
        assertThat(after.datasets().get(0).rows()).isEqualTo(1);
    }

    static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] all = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    @Test
    void windows1252FileIsDecodedWithItsEncoding() throws IOException {
        byte[] content = "nama;kota\n“Siti” Wulandari;Bandung\nJosé;Depok\n".getBytes(java.nio.charset.Charset
                .forName("windows-1252"));
        FileReport r = Analyses.file(Corpus.write(dir, "excel.csv", content));
        assertThat(r.encoding()).isEqualTo("windows-1252");
        assertThat(r.error()).isNull();
        assertThat(r.datasets().get(0).rows()).isEqualTo(2);
        assertThat(r.datasets().get(0).columns().get(0).name()).isEqualTo("nama");
        assertThat(new String(content, StandardCharsets.ISO_8859_1)).isNotEmpty();
    }
}
