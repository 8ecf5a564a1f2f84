package org.telisik.core.read;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.List;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;

/**
 * Reads plain text: a whitespace-aligned or fixed-width table becomes a dataset (format fixed-width), any
 * other text is streamed to the sink as free text to be scanned for identifiers.
 */
public final class PlainTextReader implements TableReader {
    private static final int HEAD = 64 * 1024;
    private static final int MAX_LINE = 1024 * 1024;

    @Override
    public void read(InputStream raw, ReadContext context, RecordSink sink) throws IOException {
        Charset charset = context.textCharset();
        Head head = Head.of(raw, HEAD);
        FixedWidthLayout layout = FixedWidthLayout.sniff(new String(head.bytes(), charset));
        CharSource text = new CharSource(head.in(), charset);
        try {
            if (layout != null) {
                table(text, layout, context.fileName(), sink);
            } else {
                freeText(text, sink);
            }
        } catch (UndecodableInputException e) {
            throw new MalformedInputException(e.error(context.fileName(), "the text before it"), e);
        } catch (EOFException e) {
            throw new MalformedInputException(new FileError(ErrorCode.RECORD_TOO_LONG, context.fileName() + " has a line of"
                    + " more than " + MAX_LINE + " characters at line " + text.line() + ", which is no table row;"
                    + " the rows before it were kept, inspect the file by hand."), e);
        }
    }

    private static void freeText(CharSource text, RecordSink sink) throws IOException {
        StringBuilder chunk = new StringBuilder(8192);
        try {
            int c;
            while ((c = text.read()) >= 0) {
                chunk.append((char) c);
                if (chunk.length() >= 8192) {
                    sink.text(chunk);
                    chunk.setLength(0);
                }
            }
        } finally {
            sink.text(chunk); // the text before a fault is scanned too
        }
    }

    private static void table(CharSource text, FixedWidthLayout layout, String name, RecordSink sink) throws IOException {
        String first = nextLine(text);
        while (first != null && (first.isBlank() || FixedWidthLayout.isRule(first))) {
            first = nextLine(text);
        }
        List<String> firstFields = first == null ? List.of() : layout.split(first);
        boolean header = firstFields.stream().allMatch(f -> !f.isEmpty() && Character.isLetter(f.charAt(0)));
        long headerBytes = header ? text.bytePosition() : 0;
        sink.startDataset(name, "fixed-width", null, header ? firstFields : List.of());
        boolean complete = false;
        try {
            if (!header && first != null) {
                sink.record(firstFields.toArray(new String[0]));
            }
            String line;
            while ((line = nextLine(text)) != null) {
                if (!line.isBlank() && !FixedWidthLayout.isRule(line)) {
                    sink.record(layout.split(line.replace('\t', ' ')).toArray(new String[0]));
                }
            }
            complete = true;
        } finally {
            sink.endDataset(complete, text.bytePosition() - headerBytes);
        }
    }

    /** The next line without its terminator, null at the end; EOFException when longer than MAX_LINE. */
    private static String nextLine(CharSource text) throws IOException {
        if (text.peek() < 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        int c;
        while ((c = text.read()) >= 0 && c != '\n') {
            if (c != '\r' && c != '\uFEFF') {
                if (sb.length() >= MAX_LINE) {
                    throw new EOFException("line too long");
                }
                sb.append((char) c);
            }
        }
        return sb.toString();
    }
}
