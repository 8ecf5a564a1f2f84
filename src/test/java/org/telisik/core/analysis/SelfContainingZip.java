package org.telisik.core.analysis;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Builds a zip file whose only member, once inflated, is the zip file itself (after Russ Cox, "Zip Files All
 * The Way Down", 2010; the construction below is this project's own).
 *
 * <p>Deflate is read as a program of two instructions, each exactly {@value #UNIT} bytes long so that they
 * can quote one another: Lit(n), a stored block that outputs the next n bytes, and Rep(n), a fixed-Huffman
 * block that copies the last n bytes of output. The program prints the zip's header P, quotes itself twice
 * (the classic Lempel-Ziv quine) and ends with the trailer S. A Rep must take exactly 40 bits, which
 * deflate's fixed codes allow for n = 20 (two copies of 10), n = 65 or 66 and n = 258 (one copy plus an
 * empty block): hence a header of 60 bytes and a trailer of 253. The CRC-32 appears four times in the file it
 * checks; CRC-32 is affine over GF(2), so the fixed point is found by solving a 32x32 linear system.
 */
final class SelfContainingZip {
    static final String MEMBER = "droste/arsip-berisi-diri-1.zip"; // 30 bytes: header of 60
    private static final int UNIT = 5;
    private static final int HEADER = 60;
    private static final int TRAILER = 253;
    private static final int PROGRAM = HEADER + TRAILER + 150; // what the 14 instructions below add up to
    private static final int FILE = HEADER + PROGRAM + TRAILER;
    private static final int DOS_DATE = (2025 - 1980) << 9 | 1 << 5 | 1;

    private SelfContainingZip() {
    }

    static byte[] build() {
        return withCrc(Crc32FixedPoint.of(SelfContainingZip::withCrc));
    }

    /** The whole file with a given value in its four CRC fields. */
    static byte[] withCrc(int crc) {
        byte[] p = header(crc);
        byte[] s = trailer(crc);
        LittleEndianBytes program = new LittleEndianBytes();
        program.add(lit(HEADER + UNIT), p, lit(HEADER + UNIT));
        program.add(rep(HEADER + UNIT, false));
        program.add(lit(UNIT), rep(HEADER + UNIT, false));
        program.add(lit(UNIT), lit(UNIT));
        program.add(lit(4 * UNIT), rep(HEADER + UNIT, false), lit(UNIT), lit(UNIT), lit(4 * UNIT));
        program.add(rep(4 * UNIT, false));
        program.add(lit(4 * UNIT), rep(4 * UNIT, false), lit(4 * UNIT), rep(4 * UNIT, false), lit(4 * UNIT));
        program.add(rep(4 * UNIT, false));
        program.add(lit(4 * UNIT), rep(4 * UNIT, false), lit(0), lit(0), lit(TRAILER + UNIT));
        program.add(rep(4 * UNIT, false));
        program.add(lit(0), lit(0));
        program.add(lit(TRAILER + UNIT), rep(TRAILER + UNIT, true), s);
        program.add(rep(TRAILER + UNIT, true));
        LittleEndianBytes file = new LittleEndianBytes();
        file.add(p, program.toArray(), s);
        byte[] all = file.toArray();
        if (program.size() != PROGRAM || all.length != FILE) {
            throw new IllegalStateException("program " + program.size() + " file " + all.length);
        }
        return all;
    }

    /** Lit(n): a stored block starting on a byte boundary: 3 header bits, 5 padding bits, LEN, NLEN. */
    private static byte[] lit(int n) {
        return new byte[] {0, (byte) n, (byte) (n >> 8), (byte) ~n, (byte) (~n >> 8)};
    }

    /** Rep(n): copy n bytes from n back, in a fixed-Huffman block of exactly 40 bits. */
    private static byte[] rep(int n, boolean last) {
        DeflateBits b = new DeflateBits();
        b.bits(0, 1).bits(1, 2); // not final, fixed Huffman
        if (n == 20) {
            b.code(264 - 256, 7).code(8, 5).bits(20 - 17, 3); // length 10, distance 20 (code 8 + 3 extra)
            b.code(264 - 256, 7).code(8, 5).bits(20 - 17, 3);
        } else if (n == 65 || n == 66) {
            b.code(276 - 256, 7).bits(n - 59, 3).code(12, 5).bits(n - 65, 5);
        } else if (n == 258) {
            b.code(0xC0 + 285 - 280, 8).code(16, 5).bits(258 - 257, 7);
        } else {
            throw new IllegalArgumentException("no 40-bit copy of " + n);
        }
        b.code(0, 7); // end of block
        if (n != 20) {
            b.bits(last ? 1 : 0, 1).bits(1, 2).code(0, 7); // an empty block fills the 40 bits
        }
        return b.toArray(UNIT);
    }

    private static byte[] header(int crc) {
        LittleEndianBytes h = new LittleEndianBytes();
        h.le(0x04034b50, 4).le(20, 2).le(0, 2).le(8, 2).le(0, 2).le(DOS_DATE, 2).le(crc, 4).le(PROGRAM, 4)
                .le(FILE, 4).le(MEMBER.length(), 2).le(0, 2).add(MEMBER.getBytes(StandardCharsets.US_ASCII));
        return h.exactly(HEADER);
    }

    private static byte[] trailer(int crc) {
        String comment = String.format("%-155s", "Arsip uji Telisik: satu-satunya isinya adalah arsip ini sendiri.");
        LittleEndianBytes t = new LittleEndianBytes();
        t.le(0x02014b50, 4).le(20, 2).le(20, 2).le(0, 2).le(8, 2).le(0, 2).le(DOS_DATE, 2).le(crc, 4)
                .le(PROGRAM, 4).le(FILE, 4).le(MEMBER.length(), 2).le(0, 2).le(0, 2).le(0, 2).le(0, 2).le(0, 4)
                .le(0, 4).add(MEMBER.getBytes(StandardCharsets.US_ASCII));
        int directory = t.size();
        t.le(0x06054b50, 4).le(0, 2).le(0, 2).le(1, 2).le(1, 2).le(directory, 4).le(HEADER + PROGRAM, 4)
                .le(comment.length(), 2).add(comment.getBytes(StandardCharsets.US_ASCII));
        return t.exactly(TRAILER);
    }

}
