package org.telisik.core.read;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Columns discovered while reading (JSON keys, XML elements): a new name is announced to the sink with
 * {@link RecordSink#addColumn} and gets the next index. At most {@link #MAX_COLUMNS}, so that generated
 * names cannot exhaust memory; values of further names are dropped.
 */
final class DynamicColumns {
    static final int MAX_COLUMNS = 5_000;
    private final RecordSink sink;
    private final Map<String, Integer> index = new HashMap<>();
    private String[] values = new String[16];

    DynamicColumns(RecordSink sink) {
        this.sink = sink;
    }

    /** Columns the sink already has, in its order (a part of a file whose dataset started with them). */
    DynamicColumns(RecordSink sink, List<String> known) {
        this.sink = sink;
        for (String name : known) {
            index.putIfAbsent(name, index.size());
        }
        values = new String[Math.max(16, index.size())];
    }

    void clear() {
        Arrays.fill(values, null);
    }

    void put(String column, String value) {
        Integer i = index.get(column);
        if (i == null) {
            if (index.size() >= MAX_COLUMNS) {
                return;
            }
            i = index.size();
            index.put(column, i);
            sink.addColumn(column);
            if (i >= values.length) {
                values = Arrays.copyOf(values, values.length * 2);
            }
        }
        values[i] = value;
    }

    /** Sends the values put since the last {@link #clear} as one record. */
    void emit() {
        sink.record(Arrays.copyOf(values, index.size()));
    }
}
