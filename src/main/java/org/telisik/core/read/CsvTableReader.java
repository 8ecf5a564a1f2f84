package org.telisik.core.read;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.telisik.core.detect.CsvDialectSniffer;
import org.telisik.core.detect.EncodingSniffer;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.ErrorCode;
import org.telisik.core.model.FileError;

/**
 * Reads delimited text through OpenCSV after sniffing its dialect from the first 64 KB. Bounded memory on
 * hostile input: a line of more than {@link #MAX_LINE} characters or a quoted field running over more than
 * {@link #MAX_RECORD_LINES} lines (an unbalanced quote) stops the read with the rows before it kept.
 * Rows with another field count than the first are kept and reported as a warning. Text in a Unicode
 * encoding (UTF-8, UTF-16) that holds an invalid byte sequence stops at it: the rows before are kept, the
 * dataset is incomplete and the error says where the fault is. A single-byte encoding has no invalid
 * sequences, only a few unassigned bytes; rows holding them are kept with U+FFFD and reported as a warning.
 */
public final class CsvTableReader implements TableReader {
    static final int MAX_LINE = 4 * 1024 * 1024;
    static final int MAX_RECORD_LINES = 2_000;
    private static final int SNIFF_BYTES = 64 * 1024;

    @Override
    public void read(InputStream raw, ReadContext context, RecordSink sink) throws IOException {
        Charset charset = context.charset() == null ? StandardCharsets.UTF_8 : context.charset();
        Head peek = Head.of(raw, SNIFF_BYTES);
        byte[] head = peek.bytes();
        String sample = new String(head, charset);
        Dialect dialect = CsvDialectSniffer.sniffOrSingleColumn(sample);
        long headerBytes = dialect.header() ? firstRecordBytes(head, sample, dialect, charset) : 0;
        CountingInputStream counted = new CountingInputStream(peek.in());
        // OpenCSV counts the lines, so the decoder need not (its fault is on the line after the last one read)
        Reader text = isUnicode(charset) ? new StrictDecoder(counted, charset, false) : new InputStreamReader(counted,
                charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                        .onUnmappableCharacter(CodingErrorAction.REPLACE));
        CSVReader csv = new CSVReaderBuilder(new LongLineGuard(text, MAX_LINE))
                .withCSVParser(new RFC4180ParserBuilder()
                        .withSeparator(dialect.delimiter())
                        .withQuoteChar(dialect.quote())
                        .build())
                .withKeepCarriageReturn(false)
                .withMultilineLimit(MAX_RECORD_LINES)
                .withVerifyReader(false) // its look-ahead takes a decoding fault for the end of the file
                .build();
        new Records(csv, dialect, counted, headerBytes, context.fileName(), sink, isUnicode(charset)).read();
    }

    private static boolean isUnicode(Charset charset) {
        return charset.name().startsWith("UTF-");
    }

    /** Bytes of the byte order mark and the header record with its line break. */
    private static long firstRecordBytes(byte[] head, String sample, Dialect dialect, Charset charset) {
        int end = CsvDialectSniffer.endOfFirstRecord(sample, dialect.quote());
        String header = sample.substring(0, end);
        int bom = EncodingSniffer.bomLength(head, head.length);
        int bomChars = header.startsWith("\uFEFF") ? 1 : 0;
        return bom + header.substring(bomChars).getBytes(charset).length;
    }

    /** One pass over the records of the file. */
    private static final class Records {
        private final CSVReader csv;
        private final Dialect dialect;
        private final CountingInputStream counted;
        private final long headerBytes;
        private final String fileName;
        private final RecordSink sink;
        private long rows;
        private long ragged;
        private long firstRaggedLine;
        private final boolean strict;
        private long undecodable;
        private long firstUndecodableLine;

        Records(CSVReader csv, Dialect dialect, CountingInputStream counted, long headerBytes, String fileName,
                RecordSink sink, boolean strict) {
            this.strict = strict;
            this.csv = csv;
            this.dialect = dialect;
            this.counted = counted;
            this.headerBytes = headerBytes;
            this.fileName = fileName;
            this.sink = sink;
        }

        void read() throws IOException {
            boolean started = false;
            try {
                String[] first = csv.readNext();
                List<String> columns = first != null && dialect.header() ? Arrays.asList(stripBom(first)) : List.of();
                sink.startDataset(fileName, "csv", dialect, columns);
                started = true;
                if (first == null) {
                    sink.endDataset(true, 0);
                    return;
                }
                int width = first.length;
                if (!dialect.header()) {
                    sink.record(stripBom(first));
                    rows++;
                }
                String[] row;
                while ((row = csv.readNext()) != null) {
                    if (row.length == 1 && row[0].isEmpty()) {
                        continue; // blank line
                    }
                    if (row.length != width && ragged++ == 0) {
                        firstRaggedLine = csv.getLinesRead();
                    }
                    if (!strict && hasReplacement(row) && undecodable++ == 0) {
                        firstUndecodableLine = csv.getLinesRead();
                    }
                    sink.record(row);
                    rows++;
                }
                sink.endDataset(true, Math.max(0, counted.count() - headerBytes));
                warnUndecodable();
                warnRagged(width);
            } catch (CsvValidationException | IOException | RuntimeException e) {
                if (e instanceof InputAbortedException aborted) {
                    throw aborted;
                }
                if (started) {
                    long readTo = e instanceof UndecodableInputException u ? u.byteOffset() : counted.count();
                    sink.endDataset(false, Math.max(0, readTo - headerBytes));
                }
                throw new MalformedInputException(error(e), e);
            }
        }

        private static boolean hasReplacement(String[] row) {
            for (String v : row) {
                if (v.indexOf('\uFFFD') >= 0) {
                    return true;
                }
            }
            return false;
        }

        private void warnUndecodable() {
            if (undecodable > 0) {
                sink.warning(new FileError(ErrorCode.INVALID_ENCODING, fileName + " has " + undecodable + " row(s) with bytes"
                        + " that are not valid text in its encoding (first near line " + firstUndecodableLine
                        + "); they were kept with the bad bytes replaced, check the export or look for damage."));
            }
        }

        private void warnRagged(int width) {
            if (ragged > 0) {
                sink.warning(new FileError(ErrorCode.RAGGED_ROWS, fileName + " has " + ragged + " row(s) whose field count"
                        + " differs from the " + width + " of the first row (first near line " + firstRaggedLine
                        + "); they were kept, short rows padded with empty values: check the export's delimiter."));
            }
        }

        private FileError error(Exception e) {
            long line = csv.getLinesRead();
            // the line being read when the guard or the decoder stopped is the one after the last line read
            if (e instanceof LongLineGuard.LineTooLongException) {
                return new FileError(ErrorCode.RECORD_TOO_LONG, fileName + " has a line of more than " + MAX_LINE
                        + " characters at line " + (line + 1) + ", which is no table row; the rows before it were"
                        + " kept, inspect the file by hand or split it.");
            }
            if (e instanceof UndecodableInputException fault) {
                return fault.atLine(line + 1).error(fileName, "the " + rows + " row(s) before it");
            }
            if (e instanceof CharacterCodingException) {
                return new FileError(ErrorCode.INVALID_ENCODING, fileName + " has bytes that are not valid "
                        + "text near line " + line + "; the rows before them were kept, check the file's encoding"
                        + " or look for damage.");
            }
            if (e instanceof com.opencsv.exceptions.CsvMalformedLineException
                    || e instanceof com.opencsv.exceptions.CsvMultilineLimitBrokenException) {
                return new FileError(ErrorCode.UNBALANCED_QUOTE, fileName + " has a quoted field opened near line " + line
                        + " that is never closed; the rows before it were kept, check for a stray quote or a cut.");
            }
            return new FileError(ErrorCode.MALFORMED_CSV, fileName + " stops being valid delimited text near line " + line
                    + " (" + e.getMessage() + "); rows before it were kept, check the file for a cut.");
        }
    }

    private static String[] stripBom(String[] first) {
        if (first.length > 0 && !first[0].isEmpty() && first[0].charAt(0) == '\uFEFF') {
            first[0] = first[0].substring(1);
        }
        return first;
    }
}
