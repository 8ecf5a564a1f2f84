package org.telisik.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.FileError;

/** Control characters are still found in every row that holds one when the rows are only checked after one was read. */
class ControlBytesTest {

    @Test
    void wordsTestedAtOnceFindWhatOneByteAtATimeFinds() {
        byte[] alphabet = {'a', ',', '\t', '\n', '\r', 0x1F, 0x7F, 0x00, 0x0B, (byte) 0xC3, (byte) 0xA9, (byte) 0x9F, ' '};
        Random random = new Random(7);
        for (int round = 0; round < 3000; round++) {
            byte[] b = new byte[random.nextInt(40)];
            for (int i = 0; i < b.length; i++) {
                b[i] = alphabet[random.nextInt(random.nextInt(4) == 0 ? alphabet.length : 5)];
            }
            boolean expected = false;
            for (byte c : b) {
                expected |= c >= 0 && c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7F;
            }
            assertThat(ControlBytes.holdsControl(b, 0, b.length)).as("round %d", round).isEqualTo(expected);
        }
    }

    @Test
    void rowsFarIntoTheFileAreCountedWithTheLineOfTheFirst() throws IOException {
        StringBuilder csv = new StringBuilder("no_rm,nama,catatan\n");
        for (int i = 1; i <= 20_000; i++) {
            String note = i == 7_001 ? "kontrol\u0007ulang" : i == 15_321 ? "rujuk\u007F" : "kontrol ulang";
            csv.append(String.format("%08d,Siti Aminah,\"%s\"%n", i, i % 10 == 0 ? "baris\npanjang" : note));
        }
        for (Charset charset : List.of(StandardCharsets.UTF_8, Charset.forName("windows-1252"))) {
            List<FileError> warnings = read(csv.toString().getBytes(charset), charset);
            assertThat(warnings).as(charset.name()).anySatisfy(w -> assertThat(w.message())
                    .contains("2 row(s) with control characters in fields (first near line 7702)"));
        }
    }

    private static List<FileError> read(byte[] bytes, Charset charset) throws IOException {
        List<FileError> warnings = new ArrayList<>();
        new CsvTableReader().read(new ByteArrayInputStream(bytes), new ReadContext("kontrol.csv", "text/csv", charset,
                bytes.length), new RecordSink() {
                    @Override public void startDataset(String name, String format, Dialect d, List<String> c) { }
                    @Override public void addColumn(String name) { }
                    @Override public void record(String[] values) { }
                    @Override public void endDataset(boolean complete, long b) { }
                    @Override public void warning(FileError warning) {
                        warnings.add(warning);
                    }
                });
        return warnings;
    }
}
