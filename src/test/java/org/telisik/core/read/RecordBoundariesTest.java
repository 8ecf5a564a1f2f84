package org.telisik.core.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Random;
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

    /**
     * The counting of the bytes before the asked offset, eight at a time, against a byte-by-byte model of the
     * rule: random bytes rich in quotes, CR, LF and CR LF (also across word and block edges, and UTF-8 bytes
     * above 0x7F), scanned in random blocks for cuts from random offsets, give the same cuts and line counts.
     */
    @Test
    void wordsCountedAtOnceGiveTheCutsAndLinesOfOneByteAtATime() {
        byte[] alphabet = {'a', ',', '"', '\r', '\n', (byte) 0xC3, (byte) 0xA9, 0x0B, 0x0D, ' ', 'Z', (byte) 0x8D};
        Random random = new Random(20);
        for (int round = 0; round < 400; round++) {
            byte[] b = new byte[random.nextInt(600)];
            for (int i = 0; i < b.length; i++) {
                b[i] = alphabet[random.nextInt(round % 2 == 0 ? alphabet.length : 3 + random.nextInt(2))];
            }
            int quote = round % 5 == 0 ? -1 : '"';
            RecordBoundaries scan = new RecordBoundaries(quote);
            Model model = new Model(quote);
            long from = 0;
            for (int at = 0; at < b.length; ) {
                from = scan.position() + random.nextInt(200);
                int end = Math.min(b.length, at + 1 + random.nextInt(150));
                int stopped = scan.scan(b, at, end, from);
                int expected = model.scan(b, at, end, from);
                assertEquals(expected, stopped, "round " + round + " at " + at);
                assertEquals(model.boundary, scan.atBoundary(), "round " + round + " at " + at);
                assertEquals(model.lines, scan.lines(), "round " + round + " at " + at);
                at = stopped;
            }
        }
    }

    /** The rule of {@link RecordBoundaries}, one byte at a time: the model the word scan must agree with. */
    private static final class Model {
        private final int quote;
        private boolean quoted;
        private boolean lastWasCr;
        private long lines;
        private long position;
        private boolean boundary;

        Model(int quote) {
            this.quote = quote;
        }

        int scan(byte[] b, int off, int end, long from) {
            boundary = false;
            for (int i = off; i < end; i++) {
                int c = b[i] & 0xFF;
                lines += c == '\r' || c == '\n' && !lastWasCr ? 1 : 0;
                lastWasCr = c == '\r';
                position++;
                quoted ^= c == quote;
                if (c == '\n' && !quoted && position >= from) {
                    boundary = true;
                    return i + 1;
                }
            }
            return end;
        }
    }
}
