package org.telisik.core.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class CsvTableReaderTest {

    static CollectingSink.Table read(byte[] bytes, Charset charset) throws IOException {
        CollectingSink sink = new CollectingSink();
        new CsvTableReader().read(new ByteArrayInputStream(bytes), new ReadContext("x.csv", "text/csv", charset,
                bytes.length), sink);
        return sink.only();
    }

    private static String rows(char d) {
        return ("nik" + d + "nama" + d + "kota\n3204110609970001" + d + "Siti Wulandari" + d + "Bandung\n"
                + "3171012505880002" + d + "Budi Santoso" + d + "Jakarta Pusat\n3578014406900003" + d + "Dewi" + d
                + "Surabaya\n");
    }

    @ParameterizedTest
    @ValueSource(chars = {',', ';', '\t', '|', ':', '^'})
    void everyDelimiter(char d) throws IOException {
        String csv = rows(d);
        CollectingSink.Table t = read(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(t.dialect.delimiter()).isEqualTo(d);
        assertThat(t.dialect.header()).isTrue();
        assertThat(t.columns).containsExactly("nik", "nama", "kota");
        assertThat(t.rows).hasSize(3);
        assertThat(t.value(1, "kota")).isEqualTo("Jakarta Pusat");
        assertThat(t.bytes).isEqualTo(csv.length() - "nik,nama,kota\n".length());
        assertThat(t.complete).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"\n", "\r\n", "\r"})
    void quotedFieldsWithDelimitersQuotesAndLineBreaksUnderEveryLineEnding(String eol) throws IOException {
        String csv = String.join(eol, "nik,nama,catatan",
                "3204110609970001,\"Wulandari, Siti\",\"kata \"\"dokter\"\": sehat\"",
                "3171012505880002,Budi,\"baris satu" + eol + "baris dua\"",
                "3578014406900003,Dewi,biasa") + eol;
        CollectingSink.Table t = read(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(t.rows).hasSize(3);
        assertThat(t.value(0, "nama")).isEqualTo("Wulandari, Siti");
        assertThat(t.value(0, "catatan")).isEqualTo("kata \"dokter\": sehat");
        assertThat(t.value(1, "catatan")).startsWith("baris satu").endsWith("baris dua");
        assertThat(t.bytes).isEqualTo(csv.length() - ("nik,nama,catatan" + eol).length());
    }

    @Test
    void singleQuotesAsQuoteCharacter() throws IOException {
        String csv = "id;nama;alamat\n1;'Siti';'Jl. Merdeka; No. 5'\n2;'Budi';'Gg. Mawar; RT 01'\n3;'Dewi';'Jl. Asia'\n";
        CollectingSink.Table t = read(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(t.dialect.quote()).isEqualTo('\'');
        assertThat(t.value(0, "alamat")).isEqualTo("Jl. Merdeka; No. 5");
    }

    @Test
    void headerlessFileAndBomAndUtf16() throws IOException {
        String csv = "3204110609970001,Siti,1997\n3171012505880002,Budi,1988\n";
        CollectingSink.Table t = read(csv.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        assertThat(t.dialect.header()).isFalse();
        assertThat(t.columns).isEmpty();
        assertThat(t.rows).hasSize(2);
        assertThat(t.bytes).isEqualTo(csv.length());
        byte[] bom = ("\uFEFF" + rows(';')).getBytes(StandardCharsets.UTF_8);
        CollectingSink.Table withBom = read(bom, StandardCharsets.UTF_8);
        assertThat(withBom.columns).containsExactly("nik", "nama", "kota");
        assertThat(withBom.bytes).isEqualTo(bom.length - 3 - "nik;nama;kota\n".length());
        byte[] utf16 = ("\uFEFF" + rows(',')).getBytes(StandardCharsets.UTF_16LE);
        CollectingSink.Table wide = read(utf16, StandardCharsets.UTF_16LE);
        assertThat(wide.columns).containsExactly("nik", "nama", "kota");
        assertThat(wide.rows).hasSize(3);
        assertThat(wide.bytes).isEqualTo(utf16.length - 2 - 2L * "nik,nama,kota\n".length());
    }

    /** Wherever the fault falls against the decoder's and the line reader's buffers, it stops the read. */
    @Test
    void invalidUtf8StopsTheReadAtAnyBufferAlignment() throws IOException {
        for (int pad = 0; pad < 64; pad++) {
            StringBuilder sb = new StringBuilder("nik,nama\n3204110609970001,Ñ" + "a".repeat(pad) + "\n");
            for (int i = 1; i < 700; i++) {
                sb.append("3204110609970001,Siti Ñurhaliza ").append(i).append('\n');
            }
            byte[] good = sb.toString().getBytes(StandardCharsets.UTF_8);
            byte[] bytes = java.util.Arrays.copyOf(good, good.length + 3);
            bytes[good.length] = (byte) 0xC3;
            bytes[good.length + 1] = 'x';
            bytes[good.length + 2] = '\n';
            CollectingSink sink = new CollectingSink();
            MalformedInputException e = org.junit.jupiter.api.Assertions.assertThrows(MalformedInputException.class,
                    () -> new CsvTableReader().read(new ByteArrayInputStream(bytes), new ReadContext("x.csv",
                            "text/csv", StandardCharsets.UTF_8, bytes.length), sink));
            assertThat(e.error().code().id()).as("pad " + pad).isEqualTo("invalid-encoding");
            assertThat(e.error().message()).contains("byte offset " + good.length, "line 702");
            assertThat(sink.only().rows).hasSize(700);
            assertThat(sink.only().complete).isFalse();
        }
    }
}
