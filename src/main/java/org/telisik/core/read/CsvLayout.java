package org.telisik.core.read;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.telisik.core.detect.CsvDialectSniffer;
import org.telisik.core.detect.CsvLeniency;
import org.telisik.core.detect.EncodingSniffer;
import org.telisik.core.model.Dialect;

/**
 * How a delimited text file is written, learnt from its head: the dialect, its leniencies (comment lines,
 * backslash escapes, bare quotes), the bytes before the first data record. The same layout parses the whole
 * file on one thread or each of its parts on threads of their own ({@link CsvParts}).
 */
final class CsvLayout {
    final Charset charset;
    final Dialect dialect;
    final CsvLeniency lenient;
    final long headerBytes;
    final boolean unicode;

    private CsvLayout(Charset charset, Dialect dialect, CsvLeniency lenient, long headerBytes) {
        this.charset = charset;
        this.dialect = dialect;
        this.lenient = lenient;
        this.headerBytes = headerBytes;
        this.unicode = charset.name().startsWith("UTF-");
    }

    static CsvLayout learn(byte[] head, Charset charset) {
        String sample = new String(head, charset);
        CsvLeniency lenient = CsvLeniency.of(sample);
        Dialect dialect = CsvDialectSniffer.sniffOrSingleColumn(lenient.rows(sample));
        if (lenient.scan(sample, dialect.delimiter(), dialect.quote()).backslashEscapes()) {
            dialect = CsvDialectSniffer.sniffOrSingleColumn(lenient.rows(sample)); // escaped quotes read as doubled
        }
        return new CsvLayout(charset, dialect, lenient, firstRecordBytes(head, sample, dialect, charset, lenient));
    }

    /** The text of delimited bytes as OpenCSV reads it, and the watch on its control characters. */
    record Text(Reader reader, ControlWatch controls) {
    }

    /**
     * The text of {@code in}, guarded against endless lines. Unicode text stops at an invalid byte sequence
     * (OpenCSV counts the lines, so the decoder need not: its fault is on the line after the last one read);
     * single-byte text keeps unassigned bytes as U+FFFD. UTF-8 lines go to OpenCSV straight from the bytes
     * ({@link ByteLines}: the same lines as the chain of characters gives, which comment lines, skipped as
     * characters before OpenCSV starts, still take).
     *
     * @param offset where {@code in} starts in the file, for the offset a decoding fault names
     */
    Text text(InputStream in, long offset) {
        if (charset.equals(StandardCharsets.UTF_8) && lenient.commentLines() == 0) {
            ByteLines lines = new ByteLines(in, offset, CsvTableReader.MAX_LINE);
            return new Text(lines, lines);
        }
        ControlBytes controls = new ControlBytes(in, charset.equals(StandardCharsets.US_ASCII)
                || charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.ISO_8859_1));
        Reader text = unicode ? new StrictDecoder(controls, charset, false, offset) : new InputStreamReader(controls,
                charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
        return new Text(new LongLineGuard(text, CsvTableReader.MAX_LINE), controls);
    }

    CSVReader csv(Reader guarded) {
        return new CSVReaderBuilder(guarded)
                .withCSVParser(parser())
                .withKeepCarriageReturn(false)
                .withMultilineLimit(CsvTableReader.MAX_RECORD_LINES)
                .withVerifyReader(false) // its look-ahead takes a decoding fault for the end of the file
                .build();
    }

    /** RFC 4180 quoting; backslash escapes need OpenCSV's other parser; plain quotes a quote char that never occurs. */
    private com.opencsv.ICSVParser parser() {
        if (lenient.backslashEscapes()) {
            return new com.opencsv.CSVParserBuilder().withSeparator(dialect.delimiter()).withQuoteChar(dialect.quote())
                    .withEscapeChar('\\').build();
        }
        return new RFC4180ParserBuilder().withSeparator(dialect.delimiter())
                .withQuoteChar(lenient.quotesArePlain() ? '\uFFFF' : dialect.quote()).build();
    }

    /** Bytes of the byte order mark, the comment lines and the header record with its line break. */
    private static long firstRecordBytes(byte[] head, String sample, Dialect dialect, Charset charset,
                                         CsvLeniency lenient) {
        String comments = lenient.comments(sample);
        if (!dialect.header()) {
            return comments.isEmpty() ? 0 : bytes(head, comments, charset);
        }
        String rest = sample.substring(comments.length());
        int end = CsvDialectSniffer.endOfFirstRecord(rest, dialect.quote());
        return bytes(head, comments + rest.substring(0, end), charset);
    }

    private static long bytes(byte[] head, String header, Charset charset) {
        int bom = EncodingSniffer.bomLength(head, head.length);
        int bomChars = header.startsWith("\uFEFF") ? 1 : 0;
        return bom + header.substring(bomChars).getBytes(charset).length;
    }
}
