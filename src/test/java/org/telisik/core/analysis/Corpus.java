package org.telisik.core.analysis;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.bzip2.BZip2CompressorOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.apache.commons.compress.compressors.xz.XZCompressorOutputStream;

/** Builds the test corpus: realistic small evidence files and archives of them, written by the tests. */
final class Corpus {
    static final String PASIEN_CSV = "nik,nama,tgl_lahir,kota,no_hp\n"
            + "3204110609970001,Siti Wulandari,1997-09-06,Bandung,081234567890\n"
            + "3171012505880002,Budi Santoso,1988-05-25,Jakarta Pusat,085612345678\n"
            + "3578014406900003,\"Dewi, Lestari\",1990-06-04,Surabaya,+6281398765432\n";

    private Corpus() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    static Path write(Path dir, String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        return p;
    }

    static byte[] zip(Map<String, byte[]> members) throws IOException {
        return zip(members, false);
    }

    /** With {@code encrypted}, members carry the encryption flag as password-protected zips do. */
    static byte[] zip(Map<String, byte[]> members, boolean encrypted) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                zip.putArchiveEntry(new ZipArchiveEntry(m.getKey()));
                zip.write(m.getValue());
                zip.closeArchiveEntry();
            }
        }
        return encrypted ? flagEncrypted(out.toByteArray()) : out.toByteArray();
    }

    /** Sets the "encrypted" bit in every local and central header, as a password-protected zip has it. */
    private static byte[] flagEncrypted(byte[] zip) {
        for (int i = 0; i + 8 < zip.length; i++) {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4) {
                zip[i + 6] |= 1;
            } else if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 1 && zip[i + 3] == 2) {
                zip[i + 8] |= 1;
            }
        }
        return zip;
    }

    static byte[] tar(Map<String, byte[]> members) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                TarArchiveEntry e = new TarArchiveEntry(m.getKey());
                e.setSize(m.getValue().length);
                tar.putArchiveEntry(e);
                tar.write(m.getValue());
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }

    static byte[] gzip(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream gz = new GzipCompressorOutputStream(out)) {
            gz.write(content);
        }
        return out.toByteArray();
    }

    static byte[] bzip2(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream bz = new BZip2CompressorOutputStream(out)) {
            bz.write(content);
        }
        return out.toByteArray();
    }

    static byte[] xz(byte[] content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (OutputStream x = new XZCompressorOutputStream(out)) {
            x.write(content);
        }
        return out.toByteArray();
    }

    static void sevenZip(Path target, Map<String, byte[]> members) throws IOException {
        try (var sevenZ = new org.apache.commons.compress.archivers.sevenz.SevenZOutputFile(target.toFile())) {
            for (Map.Entry<String, byte[]> m : members.entrySet()) {
                var e = sevenZ.createArchiveEntry(target.toFile(), m.getKey());
                e.setDirectory(false);
                sevenZ.putArchiveEntry(e);
                sevenZ.write(m.getValue());
                sevenZ.closeArchiveEntry();
            }
        }
    }
}
