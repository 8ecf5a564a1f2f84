package org.telisik.core.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.FileReport;

/**
 * Inputs of 200 MB in a single line, generated on disk: they must be read with bounded memory (the test JVM
 * has 1 GB; a String of the whole line would take 400 MB and its builder twice that).
 */
class LargeInputTest {
    private static final long TARGET = 200L * 1024 * 1024;
    @TempDir
    Path dir;

    @Test
    void aMysqldumpInsertOf200MbOnOneLineIsStreamed() throws IOException {
        Path dump = dir.resolve("besar.sql");
        long rows = 0;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(dump), 1 << 20)) {
            out.write("-- MySQL dump 10.13\nCREATE TABLE `pasien` (`id` int, `nik` char(16), `nama` varchar(80));\n"
                    .getBytes(StandardCharsets.UTF_8));
            out.write("INSERT INTO `pasien` VALUES ".getBytes(StandardCharsets.UTF_8));
            long written = 0;
            while (written < TARGET) {
                byte[] tuple = String.format("%s(%d,'32041106099%05d','Pasien O\\'Neil %d')", rows == 0 ? "" : ",",
                        rows, rows % 100_000, rows).getBytes(StandardCharsets.UTF_8);
                out.write(tuple);
                written += tuple.length;
                rows++;
            }
            out.write(";\n".getBytes(StandardCharsets.UTF_8));
        }
        FileReport r = Analyses.file(dump);
        assertThat(r.mediaType()).isEqualTo("application/sql");
        assertThat(r.error()).isNull();
        assertThat(r.datasets().get(0).rows()).isEqualTo(rows);
        assertThat(r.datasets().get(0).complete()).isTrue();
    }

    @Test
    void aCsvLineOf200MbStopsWithAnErrorAndTheRowsBefore() throws IOException {
        Path csv = dir.resolve("satu-baris.csv");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(csv), 1 << 20)) {
            out.write("nik,nama\n3204110609970001,Siti\n3171012505880002,Budi\n".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = "3204110609970001,".repeat(4096).getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written < TARGET; written += chunk.length) {
                out.write(chunk);
            }
        }
        FileReport r = Analyses.file(csv);
        assertThat(r.error().code().id()).isEqualTo("record-too-long");
        assertThat(r.error().message()).contains("satu-baris.csv", "line 4");
        assertThat(r.datasets().get(0).rows()).isEqualTo(2);
        assertThat(r.datasets().get(0).complete()).isFalse();
        assertThat(r.sizeBytes()).isEqualTo(Files.size(csv));
        assertThat(r.sha256()).isNotNull();
    }
}
