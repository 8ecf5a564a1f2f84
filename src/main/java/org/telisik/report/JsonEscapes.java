package org.telisik.report;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import org.telisik.core.identity.VisibleText;

/**
 * JSON escapes for sample text: besides the control characters JSON itself escapes, DEL, C1 controls, bidi
 * overrides (U+202A-U+202E, U+2066-U+2069), zero-width and other invisible format characters are written as
 * escapes. The value read back is unchanged (JSON escapes are lossless), but a document shown on a terminal
 * ({@code --json -}) or in an editor cannot be reordered or drive the terminal.
 */
final class JsonEscapes extends CharacterEscapes {
    static final JsonEscapes INSTANCE = new JsonEscapes();
    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
        ASCII[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
        return ASCII;
    }

    /** Asked for every character beyond ASCII: null writes it as it is. */
    @Override
    public SerializableString getEscapeSequence(int ch) {
        return invisible(ch) ? new SerializedString(String.format("\\u%04X", ch)) : null;
    }

    private static boolean invisible(int ch) {
        return ch <= 0xFFFF && (VisibleText.isControl((char) ch) || VisibleText.isInvisible((char) ch));
    }
}
