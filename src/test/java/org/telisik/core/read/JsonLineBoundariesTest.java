package org.telisik.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cuts between parts of NDJSON fall only where one top-level value ends and the next begins, never among the
 * lines of a value pretty-printed over several; lines are counted as the line reader counts them.
 */
class JsonLineBoundariesTest {
    private static final String NDJSON = "{\"nik\":\"3204110609970001\",\"nama\":\"Siti Rahmawati\"}\r\n"
            + "{\"nik\":\"3171012505880002\",\n  \"alamat\":{\n    \"kota\":\"Kota Depok\"\n  }\n}\n"
            + "[\"3374010411590041\",\"Dewi\"]\r"
            + "{\"nik\":\"7371016312840017\",\"catatan\":\"demam }\\n{ 3 hari\"}{\"nik\":\"3276054101900002\"}\n"
            + "{\"nik\":\"1271010101900003\"}\n";

    @Test
    void onlyLineEndsBetweenTopLevelValuesAreCuts() {
        byte[] b = NDJSON.getBytes(StandardCharsets.UTF_8);
        List<Integer> cuts = cuts(b, b.length);
        // after the first record, after the pretty-printed one, and before the last: not inside the pretty value,
        // not at the bare CR (the line reader ends a line there, the scan waits for a line feed)
        assertEquals(List.of(NDJSON.indexOf("{\"nik\":\"3171"), NDJSON.indexOf("[\"3374"),
                NDJSON.indexOf("{\"nik\":\"1271")), cuts);
    }

    @Test
    void blocksScannedOneAfterAnotherCutWhereOneScanCutsUnlessTheLineFeedEndsABlock() {
        byte[] b = NDJSON.getBytes(StandardCharsets.UTF_8);
        List<Integer> whole = cuts(b, b.length);
        for (int block = 1; block < b.length; block++) {
            List<Integer> inBlocks = cuts(b, block);
            for (int cut : inBlocks) {
                assertTrue(whole.contains(cut), "block " + block + ": cut at " + cut);
            }
            for (int cut : whole) {
                assertTrue(inBlocks.contains(cut) || cut % block == 0, "block " + block + ": no cut at " + cut);
            }
        }
    }

    @Test
    void linesAreCountedAsTheLineReaderCountsThem() throws IOException {
        byte[] b = NDJSON.getBytes(StandardCharsets.UTF_8);
        JsonLineBoundaries scan = new JsonLineBoundaries();
        scan.scan(b, 0, b.length, b.length + 1);
        assertFalse(scan.atBoundary(), "no cut at or after the asked offset");
        long lines = new BufferedReader(new StringReader(NDJSON)).lines().count();
        assertEquals(lines, scan.lines());
        assertEquals(b.length, scan.position());
    }

    /** The cuts found feeding {@code b} in blocks of {@code block} bytes, a cut asked for at every byte. */
    private static List<Integer> cuts(byte[] b, int block) {
        JsonLineBoundaries scan = new JsonLineBoundaries();
        List<Integer> cuts = new ArrayList<>();
        for (int start = 0; start < b.length; start += block) {
            int end = Math.min(b.length, start + block);
            for (int at = start; at < end; ) {
                at = scan.scan(b, at, end, scan.position() + 1);
                if (scan.atBoundary()) {
                    cuts.add((int) scan.position());
                }
            }
        }
        return cuts;
    }
}
