package org.telisik.core.read;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;

/** Opens Jackson's streaming parser on an input and words its failures as file errors. */
final class JsonInput {
    private static final JsonFactory FACTORY = JsonFactory.builder().build();

    private JsonInput() {
    }

    /** UTF encodings are parsed from bytes (exact byte offsets); a single-byte encoding through a reader. */
    static JsonParser open(InputStream in, Charset charset) throws IOException {
        if (charset == null || charset.name().startsWith("UTF")) {
            return FACTORY.createParser(in);
        }
        return FACTORY.createParser(new InputStreamReader(in, charset));
    }

    static long offset(JsonParser p) {
        JsonLocation at = p.currentLocation();
        return at.getByteOffset() >= 0 ? at.getByteOffset() : at.getCharOffset();
    }

    static MalformedInputException fault(IOException e, JsonParser p, String fileName, String format) {
        long line = p == null ? 0 : p.currentLocation().getLineNr();
        if (e instanceof JsonEOFException) {
            return new MalformedInputException(new FileError(ErrorCode.fromId("truncated-" + format), fileName
                    + " ends in the middle of a JSON value (line " + line
                    + "); the records before the cut were kept, ask the source for the complete file."), e);
        }
        if (e instanceof StreamConstraintsException sce) {
            return new MalformedInputException(new FileError(ErrorCode.JSON_LIMIT, fileName + " holds a JSON value beyond"
                    + " the reader's limits near line " + line + " (" + sce.getOriginalMessage()
                    + "); the records before it were kept, inspect that part by hand."), e);
        }
        if (e instanceof com.fasterxml.jackson.core.JsonParseException jpe && p != null
                && jpe.getOriginalMessage().startsWith("Invalid UTF-8")) {
            UndecodableInputException fault = new UndecodableInputException(StandardCharsets.UTF_8, offset(p), line, 1,
                    false);
            return new MalformedInputException(fault.error(fileName, "the records before it"), e);
        }
        if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe) {
            return new MalformedInputException(new FileError(ErrorCode.fromId("malformed-" + format), fileName + " stops being valid "
                    + format.toUpperCase(java.util.Locale.ROOT) + " at line " + line + " (" + jpe.getOriginalMessage()
                    + "); the records before it were kept, check the file for damage."), e);
        }
        return new MalformedInputException(new FileError(ErrorCode.INVALID_ENCODING, fileName
                + " has bytes that are not valid text near line " + line
                + "; the records before them were kept, check the file's encoding or look for damage."), e);
    }
}
