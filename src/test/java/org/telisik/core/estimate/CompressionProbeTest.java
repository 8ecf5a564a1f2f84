package org.telisik.core.estimate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.testdata.RadiologyCsv;

class CompressionProbeTest {
    @TempDir
    Path dir;

    @Test
    void plainFilesAreDeflatedAndCompressedOnesInflatedToTheirRealRatio() throws IOException {
        Path csv = dir.resolve("a.csv");
        RadiologyCsv.write(csv, 3_000, 1);
        byte[] raw = Files.readAllBytes(csv);
        Path gz = dir.resolve("a.csv.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
            out.write(raw);
        }
        Path zip = dir.resolve("a.zip");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("a.csv"));
            out.write(raw);
            out.closeEntry();
        }
        CompressionProbe probe = new CompressionProbe();
        CompressionRatio plain = probe.measure(List.of(csv));
        assertThat(plain.rawBytes()).isEqualTo(raw.length);
        assertThat(plain.ratio()).isGreaterThan(3);
        CompressionRatio fromGz = probe.measure(List.of(gz));
        assertThat(fromGz.rawBytes()).isEqualTo(raw.length);
        assertThat(fromGz.compressedBytes()).isEqualTo(Files.size(gz));
        assertThat(fromGz.ratio()).isCloseTo(plain.ratio(), within(plain.ratio() * 0.05));
        assertThat(probe.measure(List.of(zip)).rawBytes()).isEqualTo(raw.length);
        assertThat(probe.measure(List.of(dir.resolve("missing.csv"))).measured()).isFalse();
    }
}
