package org.telisik.bench;

import java.util.List;
import org.openjdk.jmh.infra.Blackhole;
import org.telisik.core.model.Dialect;
import org.telisik.core.read.RecordSink;

/** A sink that hands every record to JMH's blackhole and keeps nothing: a reader measured alone. */
class BlackholeSink implements RecordSink {
    private final Blackhole bh;

    BlackholeSink(Blackhole bh) {
        this.bh = bh;
    }

    @Override public void startDataset(String name, String format, Dialect dialect, List<String> columns) { }
    @Override public void addColumn(String name) { }
    @Override public void record(String[] values) { bh.consume(values); }
    @Override public void endDataset(boolean complete, long bytes) { }
}
