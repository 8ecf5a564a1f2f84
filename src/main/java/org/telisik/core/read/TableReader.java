package org.telisik.core.read;

import java.io.IOException;
import java.io.InputStream;

/**
 * Reads the tables of one input and streams them into a {@link RecordSink}.
 *
 * <p>Contract: the reader consumes {@code in} from its current position, never closes it, never buffers
 * more than a bounded amount of it, and reports each table through the sink as it goes. On malformed input
 * it ends the open dataset with {@code complete = false} and throws {@link MalformedInputException}, so that
 * the rows read before the fault are kept. An {@link InputAbortedException} raised by the stream or the sink
 * (time limit, archive limit, cancellation) passes through the reader untouched.
 */
@FunctionalInterface
public interface TableReader {
    void read(InputStream in, ReadContext context, RecordSink sink) throws IOException;
}
