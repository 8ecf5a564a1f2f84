package org.telisik.core.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictDecoderTest {

    private static byte[] withFault(String before, byte[] fault, String after) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(before.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(fault);
        out.writeBytes(after.getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    @Test
    void everyCharacterBeforeTheFaultIsDeliveredThenTheFaultWithItsPlace() throws IOException {
        String before = "nik,nama\n3204110609970001,Ñoman Hidayat\n3171012505880002,Budi\n3578014406900003,Dé";
        byte[] bytes = withFault(before, new byte[] {(byte) 0xE2, (byte) 0x28, (byte) 0xA1}, "wi\n");
        Reader reader = new StrictDecoder(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        char[] buffer = new char[64 * 1024];
        StringBuilder got = new StringBuilder();
        UndecodableInputException fault = null;
        try {
            int n;
            while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
                got.append(buffer, 0, n);
            }
        } catch (UndecodableInputException e) {
            fault = e;
        }
        assertThat(got.toString()).isEqualTo(before);
        assertThat(fault).isNotNull();
        assertThat(fault.byteOffset()).isEqualTo(before.getBytes(StandardCharsets.UTF_8).length);
        assertThat(fault.line()).isEqualTo(4);
        assertThatThrownBy(() -> reader.read(buffer, 0, 10)).isSameAs(fault); // the fault stays
    }

    @Test
    void aSequenceCutByTheEndOfTheInputIsAFault() throws IOException {
        byte[] bytes = withFault("nama\nSiti\n", new byte[] {(byte) 0xC3}, "");
        Reader reader = new StrictDecoder(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
        char[] buffer = new char[100];
        assertThat(reader.read(buffer, 0, 100)).isEqualTo(10);
        assertThatThrownBy(() -> reader.read(buffer, 0, 100)).isInstanceOfSatisfying(UndecodableInputException.class,
                e -> assertThat(e.byteOffset()).isEqualTo(10));
    }

    @Test
    void validInputReadsToTheEndWithAByteAtATimeSource() throws IOException {
        String text = "Ñoman 日本 \uD83D\uDE00 akhir\n".repeat(5000);
        ByteArrayInputStream slow = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)) {
            @Override
            public synchronized int read(byte[] b, int off, int len) {
                return super.read(b, off, Math.min(len, 3)); // splits multi-byte sequences across reads
            }
        };
        Reader reader = new StrictDecoder(slow, StandardCharsets.UTF_8);
        StringBuilder got = new StringBuilder();
        char[] buffer = new char[777];
        int n;
        while ((n = reader.read(buffer, 0, buffer.length)) >= 0) {
            got.append(buffer, 0, n);
        }
        assertThat(got.toString()).isEqualTo(text);
        assertThat(reader.read(buffer, 0, 1)).isEqualTo(-1);
    }

    @Test
    void oneCharacterAtATimeKeepsSurrogatePairsAndLines() throws IOException {
        String text = "a\uD83D\uDE00\nb\n";
        Reader reader = new StrictDecoder(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
                StandardCharsets.UTF_8);
        StringBuilder got = new StringBuilder();
        int c;
        while ((c = reader.read()) >= 0) {
            got.append((char) c);
        }
        assertThat(got.toString()).isEqualTo(text);
    }
}
