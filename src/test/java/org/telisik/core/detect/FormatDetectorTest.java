package org.telisik.core.detect;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.telisik.core.read.DicomFixtures;

class FormatDetectorTest {
    private static final FormatDetector DETECTOR = new FormatDetector();
    private static final String CSV = "nik,nama,kota\n3204110609970001,Siti Wulandari,Bandung\n"
            + "3171012505880002,Budi Santoso,Jakarta Pusat\n3578014406900003,Dewi Lestari,Surabaya\n";

    static Detection detect(byte[] content, String name) throws IOException {
        return DETECTOR.detect(new BufferedInputStream(new ByteArrayInputStream(content)), name);
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void csvTsvAndPlainTextAreToldApartByContent() throws IOException {
        assertThat(detect(utf8(CSV), "data.txt").mediaType()).isEqualTo("text/csv");
        assertThat(detect(utf8(CSV.replace(',', '\t')), "data.csv").mediaType()).isEqualTo("text/tab-separated-values");
        assertThat(detect(utf8(CSV.replace(',', ';')), "export").mediaType()).isEqualTo("text/csv");
        String prose = "Laporan ini disusun oleh tim investigasi, pada tanggal 3 Maret 2024.\n"
                + "Penjual mengklaim memiliki data pasien dari rumah sakit di Jawa Barat.\n"
                + "Sampel yang diberikan berisi nama, alamat, dan nomor telepon, tetapi tidak lengkap.\n";
        assertThat(detect(utf8(prose), "sample.csv").mediaType()).isEqualTo("text/plain");
    }

    @Test
    void misleadingExtensionsDoNotDecide() throws IOException {
        assertThat(detect(utf8(CSV), "dump.json").mediaType()).isEqualTo("text/csv");
        assertThat(detect(utf8("[{\"nik\":\"3204110609970001\"}]"), "data.csv").mediaType()).isEqualTo("application/json");
        assertThat(detect(zip("a.csv", CSV), "data.csv").mediaType()).isEqualTo("application/zip");
        assertThat(detect(gzip(CSV), "data.csv").mediaType()).isEqualTo("application/gzip");
        byte[] garbage = new byte[4096];
        new java.util.Random(7).nextBytes(garbage);
        Detection binary = detect(garbage, "pasien.csv");
        assertThat(binary.mediaType()).isEqualTo("application/octet-stream");
        assertThat(binary.charset()).isNull();
    }

    @Test
    void jsonAndNdjson() throws IOException {
        String ndjson = "{\"nik\":\"3204110609970001\",\"nama\":\"Siti\"}\n{\"nik\":\"3171012505880002\",\"nama\":\"Budi\"}\n";
        assertThat(detect(utf8(ndjson), "x.json").mediaType()).isEqualTo("application/x-ndjson");
        assertThat(detect(utf8("{\n  \"status\": \"ok\",\n  \"data\": [ {\"a\": 1} ]\n}\n"), "x.ndjson").mediaType())
                .isEqualTo("application/json");
        assertThat(detect(utf8("[{\"a\":1},\n{\"a\":2}]\n"), "x").mediaType()).isEqualTo("application/json");
    }

    @Test
    void sqlDumpsByContent() throws IOException {
        String mysql = "-- MySQL dump 10.13  Distrib 8.0.36\n/*!40101 SET NAMES utf8mb4 */;\n"
                + "CREATE TABLE `pasien` (\n  `id` int NOT NULL\n);\nINSERT INTO `pasien` VALUES (1),(2);\n";
        assertThat(detect(utf8(mysql), "backup.txt").mediaType()).isEqualTo("application/sql");
        String pg = "--\n-- PostgreSQL database dump\n--\nSET statement_timeout = 0;\n"
                + "COPY public.pasien (id, nama) FROM stdin;\n1\tSiti\n\\.\n";
        assertThat(detect(utf8(pg), "dump").mediaType()).isEqualTo("application/sql");
        assertThat(detect(utf8("Please INSERT INTO the box, then CREATE TABLE art.\n"), "a.sql").mediaType())
                .isEqualTo("text/plain");
    }

    @Test
    void dicomWithPreambleTiffPreambleAndNoPreamble() throws IOException {
        DicomFixtures.Builder b = DicomFixtures.builder().patient("WULANDARI^SITI", "RM-000123");
        assertThat(detect(b.explicitVr(true).preamble(DicomFixtures.Preamble.ZEROS).build(), "IM0001").mediaType())
                .isEqualTo("application/dicom");
        assertThat(detect(b.preamble(DicomFixtures.Preamble.TIFF).build(), "IM0002.tif").mediaType())
                .isEqualTo("application/dicom");
        assertThat(detect(b.preamble(DicomFixtures.Preamble.NONE).explicitVr(false).build(), "IM0003").mediaType())
                .isEqualTo("application/dicom");
        assertThat(detect(b.preamble(DicomFixtures.Preamble.NONE).explicitVr(true).build(), "IM0004").mediaType())
                .isEqualTo("application/dicom");
    }

    @Test
    void encodings() throws IOException {
        String text = "nama;kota\nJosé Müller;Bandung\n“Siti” – Wulandari;Depok\n";
        assertThat(encoding(text.getBytes(StandardCharsets.UTF_8))).isEqualTo("UTF-8");
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text.getBytes(StandardCharsets.UTF_8));
        assertThat(encoding(bom)).isEqualTo("UTF-8");
        assertThat(encoding(concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, text.getBytes(StandardCharsets.UTF_16LE))))
                .isEqualTo("UTF-16LE");
        assertThat(encoding(concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, text.getBytes(StandardCharsets.UTF_16BE))))
                .isEqualTo("UTF-16BE");
        assertThat(encoding(text.getBytes(StandardCharsets.UTF_16LE))).isEqualTo("UTF-16LE");
        assertThat(encoding(text.getBytes(Charset.forName("windows-1252")))).isEqualTo("windows-1252");
        String latin = "nama;kota\nJosé Müller;Bandung\nFrançois Ñandú;Depok\n";
        assertThat(encoding(latin.getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("ISO-8859-1");
        assertThat(detect(text.getBytes(StandardCharsets.UTF_16LE), "x.csv").mediaType()).isEqualTo("text/csv");
    }

    private static String encoding(byte[] content) throws IOException {
        return detect(content, "x.csv").encodingName();
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] r = new byte[a.length + b.length];
        System.arraycopy(a, 0, r, 0, a.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }

    private static byte[] zip(String name, String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(utf8(content));
        }
        return out.toByteArray();
    }

    private static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(utf8(content));
        }
        return out.toByteArray();
    }
}
