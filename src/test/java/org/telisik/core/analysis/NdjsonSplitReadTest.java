package org.telisik.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.telisik.core.model.ColumnProfile;
import org.telisik.core.model.DatasetProfile;
import org.telisik.core.model.FileReport;
import org.telisik.testdata.VisitsNdjson;

/**
 * A large NDJSON file read in parts gives the report one read gives, though its records list their keys in two
 * orders, a key first appears deep in the file, some records are spread over lines and some lines hold two:
 * small parts put cuts among all of them. Keys met in another order than one read meets them, a broken line and
 * an invalid byte near a cut come out as one read gives them, with their lines.
 */
@ExtendWith(SplitDefaults.class)
class NdjsonSplitReadTest {
    @TempDir
    Path dir;

    @Test
    void partsGiveTheProfileOfOneRead() throws IOException {
        Path ndjson = dir.resolve("kunjungan.ndjson");
        long records = VisitsNdjson.write(ndjson, 9_000, 20); // top values stay exact, as in SplitReadTest
        FileReport whole = SplitReadTest.whole(ndjson);
        DatasetProfile d = whole.datasets().get(0);
        assertEquals(records, d.rows(), "records spread over lines and two on a line are all read");
        assertTrue(d.complete());
        assertEquals("alergi", d.columns().get(d.columns().size() - 1).name(), "the key met deep in the file comes last");
        assertTrue(d.columns().stream().map(ColumnProfile::name).anyMatch("alamat.kota"::equals));
        for (long part : List.of(70_001L, 131_072L, 333_333L)) {
            long tails = SplitRead.TAILS.get();
            SplitReadTest.assertSame(whole, SplitReadTest.split(ndjson, part));
            // values spread over lines open and close at the top level: no cut falls inside one, and the one key
            // met after the head is met in the same order by every part
            assertEquals(tails, SplitRead.TAILS.get(), "every part followed the one before");
        }
    }

    @Test
    void keysMetInAnotherOrderInALaterPartAreReadAgainWithTheRest() throws IOException {
        String base = text(9_000);
        int third = base.length() / 3;
        int twoThirds = 2 * base.length() / 3;
        // two keys first seen in a third of the file, one order; near the end the other order, then both
        String text = insert(insert(base, twoThirds, "{\"golongan_darah\":\"O\",\"nik\":\"3276054101900003\","
                + "\"pekerjaan\":\"Guru\"}\n"), third, "{\"pekerjaan\":\"PNS\",\"nik\":\"3276054101900002\","
                + "\"golongan_darah\":\"A\"}\n");
        Path ndjson = dir.resolve("urutan.ndjson");
        Files.writeString(ndjson, text, StandardCharsets.UTF_8);
        FileReport whole = SplitReadTest.whole(ndjson);
        long tails = SplitRead.TAILS.get();
        SplitReadTest.assertSame(whole, SplitReadTest.split(ndjson, 40_000));
        assertTrue(SplitRead.TAILS.get() > tails, "the part with the keys in another order was read again");
    }

    @Test
    void aBrokenLineAndAPrettyValueCutByAPartAreReadAsOneReadReadsThem() throws IOException {
        String base = text(9_000);
        // a line cut short in the middle of the file, and a value opened on one line and left open for 20 lines
        String text = insert(base, base.length() / 2, "{\"no_rm\":\"RM9999999\",\"nama\":\"Budi Sant\n");
        StringBuilder open = new StringBuilder("{\"no_rm\":\"RM9999998\",\n");
        for (int i = 0; i < 20; i++) {
            open.append("  \"catatan_").append(i).append("\":\"baris ").append(i).append("\",\n");
        }
        text = insert(text, 3 * text.length() / 4, open.toString());
        Path ndjson = dir.resolve("rusak.ndjson");
        Files.writeString(ndjson, text, StandardCharsets.UTF_8);
        FileReport whole = SplitReadTest.whole(ndjson);
        assertNotNull(whole.error(), "the lines that are not JSON are named");
        assertFalse(whole.datasets().get(0).complete());
        for (long part : List.of(30_000L, 77_777L)) {
            SplitReadTest.assertSame(whole, SplitReadTest.split(ndjson, part));
        }
    }

    @Test
    void anInvalidByteStopsAtTheSameLineAndOffset() throws IOException {
        String base = text(6_000);
        byte[] bytes = base.getBytes(StandardCharsets.UTF_8);
        int at = base.indexOf("\n{", bytes.length * 2 / 3) + 12;
        bytes[at] = (byte) 0xC3; // a lead byte followed by ASCII: invalid UTF-8
        Path ndjson = dir.resolve("invalid.ndjson");
        Files.write(ndjson, bytes);
        FileReport whole = SplitReadTest.whole(ndjson);
        assertNotNull(whole.error());
        assertTrue(whole.error().message().contains("line"), whole.error().message());
        long tails = SplitRead.TAILS.get();
        SplitReadTest.assertSame(whole, SplitReadTest.split(ndjson, 60_000));
        assertTrue(SplitRead.TAILS.get() > tails, "the failed part was read again with the rest");
    }

    private String text(int records) throws IOException {
        Path base = dir.resolve("base.ndjson");
        VisitsNdjson.write(base, records, 7);
        return Files.readString(base);
    }

    /** Puts {@code lines} in at the first line start after character {@code near}. */
    private static String insert(String text, int near, String lines) {
        int at = text.indexOf("\n{", near) + 1;
        return text.substring(0, at) + lines + text.substring(at);
    }
}
