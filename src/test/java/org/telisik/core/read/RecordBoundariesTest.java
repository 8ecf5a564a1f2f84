package org.telisik.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Cuts between parts of delimited text fall only after a record's end, never inside a quoted field. */
class RecordBoundariesTest {
    private static final String CSV = "no_rm,nama,kesan\r\n"
            + "00100001,Budi Santoso,\"Sinus costophrenicus kanan tumpul,\nkesan: efusi \"\"minimal\"\"\"\r\n"
            + "00100002,Siti Aminah,Cor dan pulmo dalam batas normal\r\n";

    @Test
    void aLineBreakInsideQuotesIsNoCut() {
        byte[] b = CSV.getBytes(StandardCharsets.UTF_8);
        int quotedBreak = CSV.indexOf("tumpul,\n") + 7;
        RecordBoundaries scan = new RecordBoundaries('"');
        int at = scan.scan(b, 0, b.length, quotedBreak); // asked for a cut from right at the quoted line break
        assertTrue(scan.atBoundary());
        assertEquals(CSV.indexOf("00100002"), at, "the cut comes after the record the break is in");
        assertEquals(3, scan.lines(), "the header's line, and the record's two");
    }

    @Test
    void blocksScannedOneAfterAnotherCutWhereOneScanCuts() {
        byte[] b = CSV.getBytes(StandardCharsets.UTF_8);
        for (int split = 1; split < b.length; split++) {
            RecordBoundaries scan = new RecordBoundaries('"');
            int at = scan.scan(b, 0, split, 20);
            if (!scan.atBoundary()) {
                at = scan.scan(b, split, b.length, 20);
            }
            assertTrue(scan.atBoundary(), "split at " + split);
            assertEquals(CSV.indexOf("00100002"), at, "split at " + split);
            assertEquals(CSV.indexOf("00100002"), scan.position());
        }
    }

    @Test
    void withPlainQuotesEveryLineFeedEndsARecord() {
        byte[] b = "a,b\n5\" x 7\",c\nd,e\n".getBytes(StandardCharsets.ISO_8859_1);
        RecordBoundaries scan = new RecordBoundaries(-1);
        assertEquals(4, scan.scan(b, 0, b.length, 1));
        assertEquals(14, scan.scan(b, 4, b.length, 5));
        scan.scan(b, 14, b.length, b.length + 1);
        assertFalse(scan.atBoundary(), "no record end at or after the asked offset");
        assertEquals(3, scan.lines());
    }
}
