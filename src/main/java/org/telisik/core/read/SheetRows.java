package org.telisik.core.read;

import java.util.ArrayList;
import java.util.List;
import org.telisik.core.detect.CsvDialectSniffer;

/**
 * Rows of one worksheet on their way to the sink. The first {@link #SAMPLE} non-empty rows are held back to
 * find where the table starts and whether its first row is a header (the same test as for delimited text);
 * every later row goes straight through. Trailing empty cells are dropped, empty rows skipped.
 *
 * <p>Spreadsheets made for people often put a title block above the table and notes below it ("Sumber:
 * ...", "Dicetak oleh ..."). Rows before the first one as full as the table's usual row, and sparse rows
 * (at most two cells, under half the table's usual count) after its last full row, are such prose: they
 * go to the sink as free text, to be scanned for identifiers, instead of being counted as records.
 */
final class SheetRows {
    static final int SAMPLE = 20;
    private static final int MAX_HELD = 50;
    private final RecordSink sink;
    private final String sheetName;
    private final List<List<String>> sample = new ArrayList<>();
    private final List<List<String>> held = new ArrayList<>();
    private boolean started;
    private int usualCells;

    SheetRows(RecordSink sink, String sheetName) {
        this.sink = sink;
        this.sheetName = sheetName;
    }

    void row(List<String> cells) {
        int end = cells.size();
        while (end > 0 && (cells.get(end - 1) == null || cells.get(end - 1).isBlank())) {
            end--;
        }
        if (end == 0) {
            return;
        }
        List<String> row = new ArrayList<>(cells.subList(0, end));
        if (!started) {
            sample.add(row);
            if (sample.size() == SAMPLE) {
                start();
            }
        } else if (isSparse(row) && held.size() < MAX_HELD) {
            held.add(row); // a note below the table, unless a full row follows
        } else {
            release();
            sink.record(row.toArray(new String[0]));
        }
    }

    /** Ends the sheet's dataset; {@code bytes} is what its rows occupy in the workbook. */
    void end(boolean complete, long bytes) {
        if (!started) {
            start();
        }
        sink.endDataset(complete, bytes);
        if (!held.isEmpty()) {
            sink.text(prose(held));
        }
    }

    private void start() {
        started = true;
        usualCells = TitleBlock.usualCells(sample);
        int first = TitleBlock.tableStart(sample, usualCells);
        if (first > 0) {
            sink.text(prose(sample.subList(0, first)));
        }
        List<List<String>> table = sample.subList(first, sample.size());
        boolean header = !table.isEmpty() && CsvDialectSniffer.hasHeader(table);
        sink.startDataset(sheetName, "spreadsheet", null, header ? names(table.get(0)) : List.of());
        for (int i = header ? 1 : 0; i < table.size(); i++) {
            row(table.get(i));
        }
        sample.clear();
    }

    private boolean isSparse(List<String> row) {
        int cells = TitleBlock.cells(row);
        return usualCells >= TitleBlock.MIN_TABLE_CELLS && cells <= 2 && cells * 2 < usualCells;
    }

    /** Rows held back as possible notes were records after all: a full row came after them. */
    private void release() {
        for (List<String> r : held) {
            sink.record(r.toArray(new String[0]));
        }
        held.clear();
    }

    private static String prose(List<List<String>> rows) {
        StringBuilder text = new StringBuilder();
        for (List<String> r : rows) {
            r.stream().filter(c -> c != null && !c.isBlank()).forEach(c -> text.append(c.strip()).append(' '));
            text.append('\n');
        }
        return text.toString();
    }

    private static List<String> names(List<String> header) {
        List<String> names = new ArrayList<>();
        for (String h : header) {
            names.add(h == null ? "" : h.strip());
        }
        return names;
    }
}
