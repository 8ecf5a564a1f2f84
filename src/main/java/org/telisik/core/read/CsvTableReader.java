package org.telisik.core.read;

import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.RFC4180ParserBuilder;
import com.opencsv.exceptions.CsvValidationException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.FileError;

/** Reads delimited text through OpenCSV after sniffing its dialect from the first 64 KB. */
public final class CsvTableReader implements TableReader {
    private static final int SNIFF_BYTES = 64 * 1024;

    @Override
    public void read(InputStream raw, ReadContext context, RecordSink sink) throws IOException {
        Charset charset = context.charset() == null ? StandardCharsets.UTF_8 : context.charset();
        BufferedInputStream buffered = new BufferedInputStream(raw, SNIFF_BYTES);
        buffered.mark(SNIFF_BYTES);
        byte[] head = buffered.readNBytes(SNIFF_BYTES);
        buffered.reset();
        Dialect dialect = CsvDialectSniffer.sniffOrSingleColumn(new String(head, charset));
        CountingInputStream counted = new CountingInputStream(buffered);
        Reader text = new InputStreamReader(counted, charset);
        CSVReader csv = new CSVReaderBuilder(text)
                .withCSVParser(new RFC4180ParserBuilder()
                        .withSeparator(dialect.delimiter())
                        .withQuoteChar(dialect.quote())
                        .build())
                .withKeepCarriageReturn(false)
                .build();
        readRecords(csv, dialect, counted, context, sink, charset);
    }

    private static void readRecords(CSVReader csv, Dialect dialect, CountingInputStream counted,
                                    ReadContext context, RecordSink sink, Charset charset) throws IOException {
        long headerBytes = 0;
        boolean started = false;
        try {
            String[] first = csv.readNext();
            if (first == null) {
                sink.startDataset(context.fileName(), "csv", dialect, List.of());
                sink.endDataset(true, 0);
                return;
            }
            first = stripBom(first);
            if (dialect.header()) {
                sink.startDataset(context.fileName(), "csv", dialect, Arrays.asList(first));
                headerBytes = String.join(String.valueOf(dialect.delimiter()), first).getBytes(charset).length + 1L;
            } else {
                sink.startDataset(context.fileName(), "csv", dialect, List.of());
                sink.record(first);
            }
            started = true;
            String[] row;
            while ((row = csv.readNext()) != null) {
                if (row.length == 1 && row[0].isEmpty()) {
                    continue; // blank line
                }
                sink.record(row);
            }
            sink.endDataset(true, Math.max(0, counted.count() - headerBytes));
        } catch (CsvValidationException | RuntimeException e) {
            if (started) {
                sink.endDataset(false, Math.max(0, counted.count() - headerBytes));
            }
            throw new MalformedInputException(new FileError("malformed-csv",
                    context.fileName() + " stops being valid delimited text near line " + csv.getLinesRead()
                            + " (" + e.getMessage() + "); rows before it were kept, check the file for a cut or"
                            + " an unbalanced quote."), e);
        }
    }

    private static String[] stripBom(String[] first) {
        if (first.length > 0 && !first[0].isEmpty() && first[0].charAt(0) == '\uFEFF') {
            first[0] = first[0].substring(1);
        }
        return first;
    }
}
