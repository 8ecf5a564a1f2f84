package org.telisik.core.read;

import java.io.IOException;
import java.io.InputStream;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ContentHandlerDecorator;
import org.telisik.core.detect.OfflineTika;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;
import org.xml.sax.SAXException;

/**
 * Extracts the text of a document (PDF, DOCX, DOC, ODT, RTF, HTML) with Apache Tika and streams it to the
 * sink as free text. At most {@link #MAX_CHARS} characters are taken; a longer text is cut with a warning.
 */
public final class DocumentTextReader implements TableReader {
    static final long MAX_CHARS = 50_000_000;
    // Telisik's Tika set-up: no OCR, no ffmpeg/exiftool/sox, whatever the PATH holds; made at the first document,
    // so that a run without documents never loads Tika's parsers
    private AutoDetectParser parser;

    private synchronized AutoDetectParser parser() {
        if (parser == null) {
            parser = OfflineTika.parser();
        }
        return parser;
    }

    @Override
    public void read(InputStream in, ReadContext context, RecordSink sink) throws IOException {
        AutoDetectParser tika = parser();
        Forward handler = new Forward(sink);
        Metadata metadata = new Metadata();
        metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, context.fileName());
        try {
            tika.parse(in, handler, metadata, new ParseContext());
        } catch (EncryptedDocumentException e) {
            throw new MalformedInputException(new FileError(ErrorCode.PASSWORD_PROTECTED, context.fileName() + " is protected"
                    + " with a password, so its text cannot be read; its hashes are recorded, ask the source for the"
                    + " password or an unprotected copy."), e);
        } catch (LimitReached e) {
            warnLimit(context, sink);
        } catch (TikaException | SAXException e) {
            if (e.getCause() instanceof LimitReached) {
                warnLimit(context, sink);
                return;
            }
            throw new MalformedInputException(new FileError(ErrorCode.MALFORMED_DOCUMENT, context.fileName() + " could not be"
                    + " read as " + context.mediaType() + " (" + e.getMessage() + "); the text before the fault was"
                    + " scanned, open it in its program to check it."), e);
        }
    }

    private static void warnLimit(ReadContext context, RecordSink sink) {
        sink.warning(new FileError(ErrorCode.TEXT_LIMIT, context.fileName() + " holds more than " + MAX_CHARS
                + " characters of text; only the first were scanned for identifiers, split the document to scan"
                + " the rest."));
    }

    /** Stops the parse once the text limit is reached. */
    private static final class LimitReached extends SAXException {
        private static final long serialVersionUID = 1L;
    }

    /** Passes document characters on to the sink in chunks. */
    private static final class Forward extends ContentHandlerDecorator {
        private final RecordSink sink;
        private long chars;

        Forward(RecordSink sink) {
            this.sink = sink;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            chars += length;
            if (chars > MAX_CHARS) {
                throw new LimitReached();
            }
            sink.text(new String(ch, start, length));
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) {
            sink.text(" ");
        }

        @Override
        public void endElement(String uri, String localName, String name) {
            sink.text("\n"); // paragraphs and cells end with a break, so tokens never run together
        }
    }
}
