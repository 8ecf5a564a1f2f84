package org.telisik.core.detect;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/** The layout a DBF header announces: record count, header and record length. */
public final class DbfHeader {
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

    public static DbfHeader of(byte[] b) {
        if (b.length < 32 || !VERSIONS.contains(b[0] & 0xFF) || b[2] < 1 || b[2] > 12 || b[3] < 1 || b[3] > 31) {
            return null;
        }
        long count = (b[4] & 0xFFL) | (b[5] & 0xFFL) << 8 | (b[6] & 0xFFL) << 16 | (b[7] & 0xFFL) << 24;
        int header = (b[8] & 0xFF) | (b[9] & 0xFF) << 8;
        int record = (b[10] & 0xFF) | (b[11] & 0xFF) << 8;
        boolean fieldsFit = header >= 65 && (header - 33) % 32 == 0 || header >= 296 && (header - 296) % 32 == 0;
        return fieldsFit && record >= 2 ? new DbfHeader(count, header, record) : null;
    }

    public long announced() {
        return announced;
    }

    public long recordBytes(long rows) {
        return rows * recordLength;
    }

    /**
     * True when the first bytes are a DBF header: a known version byte, a plausible date, lengths that fit whole
     * field descriptors, and the descriptors' 0x0D terminator where the header length puts it (when in view).
     */
    public static boolean looksLikeDbf(byte[] head) {
        DbfHeader flags = of(head);
        int header = head.length >= 12 ? (head[8] & 0xFF) | (head[9] & 0xFF) << 8 : 0;
        if (flags == null || head.length < 64 || head[32] == 0) {
            return false;
        }
        // the terminator follows the last descriptor: at header-1 (dBase), or before FoxPro's 263-byte backlink
        for (int at = 32; at < Math.min(header, head.length); at += 32) {
            if (head[at] == 0x0D) {
                return at == header - 1 || at == header - 264;
            }
        }
        return header > head.length;
    }

    /** exp writes a byte or three, then {@code EXPORT:V} and its version, at the very start. */
    public static boolean isExpDump(byte[] head) {
        String start = new String(head, 0, Math.min(head.length, 24), StandardCharsets.ISO_8859_1);
        int at = start.indexOf("EXPORT:V");
        return at >= 0 && at <= 4;
    }
}
