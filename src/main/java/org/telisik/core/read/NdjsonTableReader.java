package org.telisik.core.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Reads newline-delimited JSON: every top-level value (one per line) is a record of one dataset. */
public final class NdjsonTableReader implements TableReader {

    @Override
    public void read(InputStream in, ReadContext context, RecordSink sink) throws IOException {
        sink.startDataset(context.fileName(), "ndjson", null, List.of());
        JsonParser p = null;
        long lastEnd = 0;
        try {
            p = JsonInput.open(in, context.charset());
            JsonRecords records = new JsonRecords(sink);
            while (p.nextToken() != null) {
                records.record(p);
                lastEnd = JsonInput.offset(p);
            }
        } catch (IOException e) {
            sink.endDataset(false, lastEnd);
            throw JsonInput.fault(e, p, context.fileName(), "ndjson");
        }
        sink.endDataset(true, lastEnd);
    }
}
