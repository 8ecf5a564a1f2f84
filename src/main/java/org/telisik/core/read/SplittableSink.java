package org.telisik.core.read;

import java.util.List;
import org.telisik.core.model.Dialect;

/**
 * A sink that can take one dataset in parts, so that a large file is read by several threads at once: each
 * part of the file goes to a part sink of its own on its own thread, and the parts are joined back here in
 * file order.
 *
 * <p>Contract: the caller asks for a part with the arguments the dataset would have started with; the part
 * comes back already started (or null, then this sink cannot take this dataset in parts and the caller reads
 * it whole, through the plain {@link RecordSink} calls). Each part receives {@link #record} and
 * {@link #addColumn} calls for its stretch of the input, from one thread at a time, and is never ended. The
 * caller then calls {@link #join} on this sink once per part, in input order, on one thread, and ends the
 * dataset here once with {@link #endDataset} and the whole dataset's outcome. A part not joined (its stretch
 * was read again) is dropped. Afterwards this sink holds what it would hold had it been fed every record
 * itself: exactly where it counts, as a uniform sample where it samples.
 */
public interface SplittableSink extends RecordSink {
    /** A new sink, already started with these arguments, for one stretch of that dataset; or null. */
    SplittableSink part(String name, String format, Dialect dialect, List<String> columns);

    /**
     * Takes over a part this sink gave: the first join starts the dataset here as the part was started, each
     * later one continues it with the part's records, which came after those joined before.
     */
    void join(SplittableSink part);

    /** The parts of several sinks, index by index; null as soon as one of them cannot split. */
    static SplittableSink[] parts(List<RecordSink> sinks, String name, String format, Dialect dialect,
                                  List<String> columns) {
        SplittableSink[] parts = new SplittableSink[sinks.size()];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = sinks.get(i) instanceof SplittableSink s ? s.part(name, format, dialect, columns) : null;
            if (parts[i] == null) {
                return null;
            }
        }
        return parts;
    }
}
