package org.telisik.core.detect;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides the text encoding of a prefix of bytes: byte order marks first, then strict UTF-8, then
 * windows-1252 (the encoding of Indonesian Excel exports). Returns null for content that is not text.
 */
public final class EncodingSniffer {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private EncodingSniffer() {
    }

    public static Charset sniff(byte[] head, int length) {
        if (length >= 3 && (head[0] & 0xFF) == 0xEF && (head[1] & 0xFF) == 0xBB && (head[2] & 0xFF) == 0xBF) {
            return StandardCharsets.UTF_8;
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (length >= 2 && (head[0] & 0xFF) == 0xFE && (head[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        if (!looksLikeText(head, length)) {
            return null;
        }
        return isUtf8(head, length) ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** Text has no NUL bytes and few control characters other than tab, CR, LF and form feed. */
    static boolean looksLikeText(byte[] head, int length) {
        int control = 0;
        for (int i = 0; i < length; i++) {
            int b = head[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return control * 100 <= length;
    }

    private static boolean isUtf8(byte[] head, int length) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // a multi-byte sequence may be cut at the end of the prefix: ignore up to 3 trailing bytes
        for (int cut = 0; cut <= Math.min(3, length); cut++) {
            try {
                decoder.reset().decode(ByteBuffer.wrap(head, 0, length - cut));
                return true;
            } catch (CharacterCodingException e) {
                // try a shorter prefix
            }
        }
        return false;
    }
}
