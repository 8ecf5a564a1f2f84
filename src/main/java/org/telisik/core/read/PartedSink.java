package org.telisik.core.read;

import java.util.List;
import org.telisik.core.model.Dialect;
import org.telisik.core.model.FileError;

/**
 * The rest of a dump read on one thread after its parts ({@link SqlParts}), into a sink that already joined parts:
 * each dataset goes to a part of its own, joined when it ends, so the sink never mixes records it was fed with
 * parts it joined in one dataset. The dataset open where the rest starts continues with a new part; a dataset the
 * sink cannot take in parts is fed to it directly, as one read does.
 */
final class PartedSink implements RecordSink {
    private final SplittableSink sink;
    private SplittableSink part;

    /** @param open the dataset open where the rest starts, with the columns it started with; null for none */
    PartedSink(SplittableSink sink, String open, List<String> columns) {
        this.sink = sink;
        if (open != null) {
            part = sink.part(open, "sql", null, columns);
            if (part == null) {
                throw new IllegalStateException(open + " was read in parts and now cannot take a part");
            }
        }
    }

    @Override
    public void startDataset(String name, String format, Dialect dialect, List<String> columns) {
        part = sink.part(name, format, dialect, columns);
        if (part == null) {
            sink.startDataset(name, format, dialect, columns);
        }
    }

    @Override
    public void addColumn(String name) {
        (part != null ? part : sink).addColumn(name);
    }

    @Override
    public void record(String[] values) {
        (part != null ? part : sink).record(values);
    }

    @Override
    public void endDataset(boolean complete, long bytes) {
        if (part != null) {
            sink.join(part);
            part = null;
        }
        sink.endDataset(complete, bytes);
    }

    @Override
    public void text(CharSequence chunk) {
        sink.text(chunk);
    }

    @Override
    public void warning(FileError warning) {
        sink.warning(warning);
    }
}
