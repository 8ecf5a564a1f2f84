package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.telisik.core.analysis.Corpus.utf8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.ingest.HashingInputStream;
import org.telisik.core.model.FileReport;

class ArchiveAnalysisTest {
    private static final String SQL = "CREATE TABLE `dokter` (`id` int, `nama` varchar(50));\n"
            + "INSERT INTO `dokter` VALUES (1,'dr. Agus Hartono'),(2,'dr. Rina');\n";
    @TempDir
    Path dir;

    private static Map<String, byte[]> members() {
        Map<String, byte[]> m = new LinkedHashMap<>();
        m.put("export/pasien.csv", utf8(Corpus.PASIEN_CSV));
        m.put("export/dokter.sql", utf8(SQL));
        return m;
    }

    private static String sha256(byte[] content) throws IOException {
        HashingInputStream h = new HashingInputStream(new java.io.ByteArrayInputStream(content));
        return h.finish().sha256();
    }

    private static void assertMembers(FileReport r, String prefix) throws IOException {
        assertThat(r.error()).isNull();
        assertThat(r.entries()).extracting(FileReport::path)
                .containsExactly(prefix + "!/export/pasien.csv", prefix + "!/export/dokter.sql");
        FileReport csv = r.entries().get(0);
        assertThat(csv.mediaType()).isEqualTo("text/csv");
        assertThat(csv.sha256()).isEqualTo(sha256(utf8(Corpus.PASIEN_CSV)));
        assertThat(csv.sizeBytes()).isEqualTo(utf8(Corpus.PASIEN_CSV).length);
        assertThat(csv.datasets().get(0).rows()).isEqualTo(3);
        FileReport sql = r.entries().get(1);
        assertThat(sql.mediaType()).isEqualTo("application/sql");
        assertThat(sql.datasets().get(0).name()).isEqualTo("dokter");
        assertThat(sql.datasets().get(0).rows()).isEqualTo(2);
    }

    @Test
    void zipTarTgz7z() throws IOException {
        byte[] zip = Corpus.zip(members());
        FileReport z = Analyses.file(Corpus.write(dir, "bocoran.zip", zip));
        assertThat(z.mediaType()).isEqualTo("application/zip");
        assertThat(z.sha256()).isEqualTo(sha256(zip));
        assertMembers(z, "bocoran.zip");
        FileReport t = Analyses.file(Corpus.write(dir, "bocoran.tar", Corpus.tar(members())));
        assertThat(t.mediaType()).isEqualTo("application/x-tar");
        assertMembers(t, "bocoran.tar");
        FileReport tgz = Analyses.file(Corpus.write(dir, "bocoran.tgz", Corpus.gzip(Corpus.tar(members()))));
        assertThat(tgz.mediaType()).isEqualTo("application/gzip");
        assertMembers(tgz, "bocoran.tgz");
        Path sevenZ = dir.resolve("bocoran.7z");
        Corpus.sevenZip(sevenZ, members());
        FileReport s = Analyses.file(sevenZ);
        assertThat(s.mediaType()).isEqualTo("application/x-7z-compressed");
        assertMembers(s, "bocoran.7z");
    }

    @Test
    void singleFileCompressors() throws IOException {
        byte[] csv = utf8(Corpus.PASIEN_CSV);
        for (Object[] c : new Object[][] {{"pasien.csv.gz", Corpus.gzip(csv), "application/gzip"},
                {"pasien.csv.bz2", Corpus.bzip2(csv), "application/x-bzip2"},
                {"pasien.csv.xz", Corpus.xz(csv), "application/x-xz"}}) {
            FileReport r = Analyses.file(Corpus.write(dir, (String) c[0], (byte[]) c[1]));
            assertThat(r.mediaType()).isEqualTo(c[2]);
            assertThat(r.entries()).hasSize(1);
            FileReport member = r.entries().get(0);
            assertThat(member.path()).isEqualTo(c[0] + "!/pasien.csv");
            assertThat(member.datasets().get(0).rows()).isEqualTo(3);
            assertThat(member.sha256()).isEqualTo(sha256(csv));
        }
    }

    @Test
    void nestedArchives() throws IOException {
        byte[] inner = Corpus.zip(members());
        byte[] outer = Corpus.zip(Map.of("dalam/bagian1.zip", inner));
        FileReport r = Analyses.file(Corpus.write(dir, "luar.zip", Corpus.gzip(outer)));
        FileReport innerZip = r.entries().get(0).entries().get(0);
        // the gzip's single member is named after it without its last extension
        assertThat(innerZip.path()).isEqualTo("luar.zip!/luar!/dalam/bagian1.zip");
        assertMembers(innerZip, innerZip.path());
    }

    @Test
    void encryptedZip() throws IOException {
        FileReport r = Analyses.file(Corpus.write(dir, "rahasia.zip", Corpus.zip(members(), true)));
        assertThat(r.error().code().id()).isEqualTo("encrypted-archive");
        assertThat(r.error().message()).contains("rahasia.zip", "password");
        assertThat(r.sha256()).isNotNull();
    }

    @Test
    void corruptAndTruncatedArchives() throws IOException {
        StringBuilder big = new StringBuilder("nik,nama\n");
        for (int i = 0; i < 20_000; i++) {
            big.append("3204110609970001,Nama Panjang Sekali ").append(i * 7919L).append('\n');
        }
        byte[] zip = Corpus.zip(Map.of("data.csv", utf8(big.toString())));
        byte[] cut = Arrays.copyOf(zip, zip.length / 2);
        FileReport truncated = Analyses.file(Corpus.write(dir, "potong.zip", cut));
        assertThat(truncated.hasErrorAnywhere()).isTrue();
        assertThat(truncated.error().code().id()).isEqualTo("corrupt-archive");
        assertThat(truncated.sha256()).isNotNull();
        assertThat(truncated.sizeBytes()).isEqualTo(cut.length);
        byte[] damaged = zip.clone();
        for (int i = 200; i < 400; i++) {
            damaged[i] ^= 0x5A;
        }
        FileReport corrupt = Analyses.file(Corpus.write(dir, "rusak.zip", damaged));
        assertThat(corrupt.hasErrorAnywhere()).isTrue();
        assertThat(corrupt.error().code().id()).isEqualTo("corrupt-archive");
        byte[] tgz = Corpus.gzip(Corpus.tar(members()));
        FileReport cutGz = Analyses.file(Corpus.write(dir, "potong.tgz", Arrays.copyOf(tgz, tgz.length - 30)));
        assertThat(cutGz.error().code().id()).isEqualTo("corrupt-archive");
    }

    /**
     * An archive never gives nothing: a zip that announces a member in its first bytes but whose header is cut
     * short was taken for the end of an empty archive, and an archive with no file in it gave no dataset, no member
     * and no error. Both now name the file and say what is wrong.
     */
    @Test
    void archivesThatYieldNoMemberSaySo() throws IOException {
        byte[] garbage = new byte[64];
        new java.util.Random(7).nextBytes(garbage);
        byte[] broken = new byte[4 + garbage.length];
        System.arraycopy(new byte[] {'P', 'K', 3, 4}, 0, broken, 0, 4);
        System.arraycopy(garbage, 0, broken, 4, garbage.length);
        FileReport damaged = Analyses.file(Corpus.write(dir, "sampel_rsud.zip", broken));
        assertThat(damaged.error()).as("a broken zip gives an error, not nothing").isNotNull();
        assertThat(damaged.error().code().id()).isEqualTo("corrupt-archive");
        assertThat(damaged.error().message()).contains("sampel_rsud.zip");
        assertThat(damaged.sha256()).isNotNull();

        FileReport emptyZip = Analyses.file(Corpus.write(dir, "kosong.zip", Corpus.zip(Map.of())));
        assertThat(emptyZip.entries()).isEmpty();
        assertThat(emptyZip.error().code().id()).isEqualTo("empty-archive");
        assertThat(emptyZip.error().message()).contains("kosong.zip", "holds no file");

        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.putArchiveEntry(new TarArchiveEntry("export_simrs/"));
            tar.closeArchiveEntry();
        }
        FileReport foldersOnly = Analyses.file(Corpus.write(dir, "folder_saja.tar", out.toByteArray()));
        assertThat(foldersOnly.error().code().id()).isEqualTo("empty-archive");

        FileReport good = Analyses.file(Corpus.write(dir, "baik.zip", Corpus.zip(members())));
        assertMembers(good, good.path());
    }

    @Test
    void zipBombStopsAtTheLimits() throws IOException {
        byte[] zeros = new byte[64 * 1024 * 1024];
        byte[] bomb = Corpus.zip(Map.of("a.csv", zeros, "b.csv", zeros));
        FileReport r = Analyses.file(Corpus.write(dir, "bom.zip", bomb), Analyses.archiveLimits(1L << 40, 100, 1 << 20, 5));
        assertThat(r.error().code().id()).isEqualTo("archive-limit");
        assertThat(r.error().message()).contains("bom.zip", "times beyond its size");
        assertThat(r.entries()).hasSize(1);
        assertThat(r.sha256()).isNotNull();
        FileReport bySize = Analyses.file(Corpus.write(dir, "bom2.zip", bomb), Analyses.archiveLimits(10 << 20, 1e9, 0, 5));
        assertThat(bySize.error().code().id()).isEqualTo("archive-limit");
        assertThat(bySize.error().message()).contains("expands to more than");
    }

    @Test
    void archiveThatContainsItselfEndsAtTheDepthLimit() throws IOException {
        // each level holds the previous one under the same name, as a self-reproducing archive appears when unpacked
        byte[] level = Corpus.zip(Map.of("droste.zip", utf8("akhir")));
        for (int i = 0; i < 8; i++) {
            level = Corpus.zip(Map.of("droste.zip", level));
        }
        FileReport r = Analyses.file(Corpus.write(dir, "droste.zip", level), Analyses.archiveLimits(1L << 40, 1e9, 0, 3));
        assertThat(r.hasErrorAnywhere()).isTrue();
        assertThat(r.error().code().id()).isEqualTo("archive-limit");
        assertThat(r.error().message()).contains("nested 4 levels deep");
    }
}
