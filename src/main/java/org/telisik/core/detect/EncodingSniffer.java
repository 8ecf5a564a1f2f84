package org.telisik.core.detect;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decides the text encoding of a prefix of bytes: byte order marks first, then UTF-16 without a mark (zero
 * bytes in every other position), then UTF-8, then the single-byte Western encodings. Returns null for
 * content that is not text.
 *
 * <p>windows-1252 and ISO-8859-1 agree on every byte except 0x80-0x9F, which are printable in windows-1252
 * (curly quotes, euro sign, dashes) and control codes in ISO-8859-1: text using them is windows-1252,
 * text with other high bytes only is reported as ISO-8859-1. A head of mostly valid UTF-8 with a few bad
 * bytes stays UTF-8, so that the reader reports the bad bytes instead of silently garbling the good ones.
 */
public final class EncodingSniffer {
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private EncodingSniffer() {
    }

    public static Charset sniff(byte[] head, int length) {
        Charset bom = byBom(head, length);
        if (bom != null) {
            return bom;
        }
        Charset utf16 = utf16WithoutBom(head, length);
        if (utf16 != null) {
            return utf16;
        }
        if (!looksLikeText(head, length)) {
            return null;
        }
        Utf8Scan scan = Utf8Scan.of(head, length);
        if (scan.invalid() == 0 || scan.validMultiByte() > scan.invalid() * 4) {
            return StandardCharsets.UTF_8;
        }
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b >= 0x80 && b <= 0x9F) {
                return WINDOWS_1252;
            }
        }
        return StandardCharsets.ISO_8859_1;
    }

    /** Length of the byte order mark at the start, 0 when there is none. */
    public static int bomLength(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return 3;
        }
        return byBom(head, length) != null ? 2 : 0;
    }

    private static Charset byBom(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /** ASCII text in UTF-16 has a zero byte in nearly every odd (LE) or even (BE) position, and none in the other. */
    private static Charset utf16WithoutBom(byte[] head, int length) {
        int pairs = length / 2;
        if (pairs < 4) {
            return null;
        }
        int zeroEven = 0;
        int zeroOdd = 0;
        for (int i = 0; i + 1 < length; i += 2) {
            zeroEven += head[i] == 0 ? 1 : 0;
            zeroOdd += head[i + 1] == 0 ? 1 : 0;
        }
        if (zeroOdd * 10 >= pairs * 7 && zeroEven * 50 <= pairs) {
            return StandardCharsets.UTF_16LE;
        }
        if (zeroEven * 10 >= pairs * 7 && zeroOdd * 50 <= pairs) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    /**
     * Text has few control characters other than tab, CR, LF and form feed (one in a hundred bytes), and a NUL
     * byte only rarely (one in a thousand) and among lines: a database export keeps the odd NUL or control code
     * inside a quoted field, and is still text; binary formats have them everywhere.
     */
    static boolean looksLikeText(byte[] head, int length) {
        int control = 0;
        int nul = 0;
        int breaks = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            breaks += b == '\n' ? 1 : 0;
            if (b == 0 && ++nul * 1000 > length) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        // a short export may hold a single control code in a quoted field: two are allowed whatever the length
        return (control * 100 <= length || control <= 2 && breaks >= 2) && (nul == 0 || breaks >= 2);
    }

    /** Counts of well-formed multi-byte UTF-8 sequences and of bytes that fit no sequence. */
    record Utf8Scan(int validMultiByte, int invalid) {
        static Utf8Scan of(byte[] b, int length) {
            int valid = 0;
            int invalid = 0;
            int i = 0;
            while (i < length) {
                int c = b[i] & 0xFF;
                int need = c < 0x80 ? 0 : c >= 0xC2 && c <= 0xDF ? 1 : c >= 0xE0 && c <= 0xEF ? 2
                        : c >= 0xF0 && c <= 0xF4 ? 3 : -1;
                if (need < 0) {
                    invalid++;
                    i++;
                    continue;
                }
                if (i + need >= length && need > 0) {
                    break; // a sequence cut by the end of the prefix
                }
                int k = 1;
                while (k <= need && (b[i + k] & 0xC0) == 0x80) {
                    k++;
                }
                if (k <= need) {
                    invalid++;
                    i++;
                } else {
                    valid += need > 0 ? 1 : 0;
                    i += need + 1;
                }
            }
            return new Utf8Scan(valid, invalid);
        }
    }
}
