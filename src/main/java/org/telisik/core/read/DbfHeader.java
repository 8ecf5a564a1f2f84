package org.telisik.core.read;

import java.util.Set;

/** The layout a DBF header announces: record count, header and record length. */
final class DbfHeader {
    /** dBase II-V, FoxBASE, FoxPro and Visual FoxPro version bytes, with and without memo. */
    private static final Set<Integer> VERSIONS = Set.of(0x02, 0x03, 0x04, 0x05, 0x30, 0x31, 0x32, 0x43, 0x63, 0x7B,
            0x83, 0x8B, 0x8E, 0xCB, 0xE5, 0xF5, 0xFB);
    private final long announced;
    private final int headerLength;
    private final int recordLength;

    private DbfHeader(long announced, int headerLength, int recordLength) {
        this.announced = announced;
        this.headerLength = headerLength;
        this.recordLength = recordLength;
    }

    /** @return the header's layout, or null when the first 32 bytes are not a plausible DBF header */
    static DbfHeader of(Head head) {
        return of(head.bytes());
    }

    static DbfHeader of(byte[] b) {
        if (b.length < 32 || !VERSIONS.contains(b[0] & 0xFF) || b[2] < 1 || b[2] > 12 || b[3] < 1 || b[3] > 31) {
            return null;
        }
        long count = (b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
        int header = (b[8] & 0xFF) | (b[9] & 0xFF) << 8;
        int record = (b[10] & 0xFF) | (b[11] & 0xFF) << 8;
        boolean fieldsFit = header >= 65 && (header - 33) % 32 == 0 || header >= 296 && (header - 296) % 32 == 0;
        return fieldsFit && record >= 2 ? new DbfHeader(count, header, record) : null;
    }

    long announced() {
        return announced;
    }

    long recordBytes(long rows) {
        return rows * recordLength;
    }
}
