package org.telisik.core.read;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;

/** Bytes that are no text in the input's encoding, at a known place; raised by {@link StrictDecoder}. */
final class UndecodableInputException extends CharacterCodingException {
    private static final long serialVersionUID = 1L;
    private final transient Charset charset;
    private final long byteOffset;
    private final long line;
    private final int length;
    private final boolean exact;

    UndecodableInputException(Charset charset, long byteOffset, long line, int length) {
        this(charset, byteOffset, line, length, true);
    }

    /** @param exact false when the offset is where the parser noticed the fault, a few bytes past it */
    UndecodableInputException(Charset charset, long byteOffset, long line, int length, boolean exact) {
        this.exact = exact;
        this.charset = charset;
        this.byteOffset = byteOffset;
        this.line = line;
        this.length = length;
    }

    long byteOffset() {
        return byteOffset;
    }

    long line() {
        return line;
    }

    /** The same fault on a line its reader knows better than the decoder (which may not count lines). */
    UndecodableInputException atLine(long knownLine) {
        return new UndecodableInputException(charset, byteOffset, knownLine, length, exact);
    }

    @Override
    public String getMessage() {
        return length + " byte(s) not valid in " + charset.name() + " at byte offset " + byteOffset + ", line " + line;
    }

    /**
     * The {@code invalid-encoding} error: where the fault is and what to do about it.
     *
     * @param kept what the reader kept, e.g. "the 5000 rows before it"
     */
    FileError error(String fileName, String kept) {
        return new FileError(ErrorCode.INVALID_ENCODING, fileName + " was read as " + charset.name() + " but has "
                + length + " byte(s) that are not valid " + charset.name() + (exact ? " at" : " near") + " byte offset "
                + byteOffset
                + " (line " + line + "), so reading stopped there and " + kept + " were kept: re-export the file as"
                + " UTF-8, or if it was written in another encoding such as windows-1252 convert it to UTF-8"
                + " (e.g. iconv -f windows-1252 -t utf-8) and analyse it again.");
    }
}
