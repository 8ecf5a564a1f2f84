package org.telisik.core.read;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows of one worksheet on their way to the sink. The first {@link #SAMPLE} non-empty rows are held back to
 * decide whether the first of them is a header (the same test as for delimited text); every later row goes
 * straight through. Trailing empty cells are dropped, empty rows skipped.
 */
final class SheetRows {
    static final int SAMPLE = 20;
    private final RecordSink sink;
    private final String sheetName;
    private final List<List<String>> sample = new ArrayList<>();
    private boolean started;

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
        if (started) {
            sink.record(row.toArray(new String[0]));
            return;
        }
        sample.add(row);
        if (sample.size() == SAMPLE) {
            start();
        }
    }

    /** Ends the sheet's dataset; {@code bytes} is what its rows occupy in the workbook. */
    void end(boolean complete, long bytes) {
        if (!started) {
            start();
        }
        sink.endDataset(complete, bytes);
    }

    private void start() {
        started = true;
        boolean header = !sample.isEmpty() && CsvDialectSniffer.hasHeader(sample);
        sink.startDataset(sheetName, "spreadsheet", null, header ? names(sample.get(0)) : List.of());
        for (int i = header ? 1 : 0; i < sample.size(); i++) {
            sink.record(sample.get(i).toArray(new String[0]));
        }
        sample.clear();
    }

    private static List<String> names(List<String> header) {
        List<String> names = new ArrayList<>();
        for (String h : header) {
            names.add(h == null ? "" : h.strip());
        }
        return names;
    }
}
