package org.telisik.core.read;

import java.util.List;
import org.telisik.core.model.Dialect;

/**
 * Hands every call to several sinks in order, so that one read feeds the profiler and the samplers alike.
 * The record array is shared, never copied: sinks must not modify it (none does) and must copy what they keep.
 * It splits a dataset when every one of its sinks can.
 */
public final class TeeRecordSink implements SplittableSink {
    private final List<RecordSink> sinks;
    /** The same sinks for the per-record loop, which an array serves without an iterator. */
    private final RecordSink[] each;

    private TeeRecordSink(List<RecordSink> sinks) {
        this.sinks = List.copyOf(sinks);
        this.each = sinks.toArray(new RecordSink[0]);
    }

    public static RecordSink of(RecordSink... sinks) {
        return sinks.length == 1 ? sinks[0] : new TeeRecordSink(List.of(sinks));
    }

    @Override
    public void startDataset(String name, String format, Dialect dialect, List<String> columns) {
        sinks.forEach(s -> s.startDataset(name, format, dialect, columns));
    }

    @Override
    public void addColumn(String name) {
        sinks.forEach(s -> s.addColumn(name));
    }

    @Override
    public void record(String[] values) {
        for (RecordSink s : each) {
            s.record(values);
        }
    }

    @Override
    public void endDataset(boolean complete, long bytes) {
        sinks.forEach(s -> s.endDataset(complete, bytes));
    }

    @Override
    public SplittableSink part(String name, String format, Dialect dialect, List<String> columns) {
        SplittableSink[] parts = SplittableSink.parts(sinks, name, format, dialect, columns);
        return parts == null ? null : new TeeRecordSink(List.of(parts));
    }

    @Override
    public void join(SplittableSink part) {
        List<RecordSink> theirs = ((TeeRecordSink) part).sinks;
        for (int i = 0; i < each.length; i++) {
            ((SplittableSink) each[i]).join((SplittableSink) theirs.get(i));
        }
    }
}
