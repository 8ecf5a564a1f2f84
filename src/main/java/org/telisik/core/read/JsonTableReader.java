package org.telisik.core.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Streams records out of a JSON document: a top-level array is one dataset; in an object, every array of
 * objects or arrays (at any depth, {@code {"status":"ok","data":[...]}}) is a dataset named after its path.
 * An object holding no such array is one record. Never builds a tree of the document.
 */
public final class JsonTableReader implements TableReader {
    private static final int MAX_PENDING = 1_000;

    @Override
    public void read(InputStream in, ReadContext context, RecordSink sink) throws IOException {
        JsonParser p = null;
        Document doc = new Document(sink, context.fileName());
        try {
            p = JsonInput.open(in, context.charset());
            JsonToken t = p.nextToken();
            if (t == JsonToken.START_ARRAY) {
                long start = JsonInput.offset(p) - 1;
                p.nextToken();
                doc.records(p, context.fileName(), start);
            } else if (t == JsonToken.START_OBJECT) {
                doc.object(p, "");
                doc.singleRecordIfNoArray(JsonInput.offset(p));
            }
            doc.concatenated(p);
        } catch (IOException e) {
            doc.abort(p);
            throw JsonInput.fault(e, p, context.fileName(), "json");
        }
    }

    /** Walks one document, opening a dataset per array of records. */
    private static final class Document {
        private final RecordSink sink;
        private final String fileName;
        private final List<String[]> pending = new ArrayList<>();
        private boolean open;
        private boolean foundArray;
        private long start;

        Document(RecordSink sink, String fileName) {
            this.sink = sink;
            this.fileName = fileName;
        }

        /** A dataset from an array whose first element (or end) is the parser's current token. */
        void records(JsonParser p, String name, long startOffset) throws IOException {
            sink.startDataset(name, "json", null, List.of());
            open = true;
            foundArray = true;
            start = startOffset;
            JsonRecords records = new JsonRecords(sink);
            JsonToken t = p.currentToken();
            while (t != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw new com.fasterxml.jackson.core.io.JsonEOFException(p, null, "array not closed");
                }
                records.record(p);
                t = p.nextToken();
            }
            open = false;
            sink.endDataset(true, JsonInput.offset(p) - start);
        }

        /** The fields of an object; arrays of records become datasets, scalars wait in case no array comes. */
        void object(JsonParser p, String path) throws IOException {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = path + p.currentName();
                JsonToken value = p.nextToken();
                if (value == JsonToken.START_OBJECT) {
                    object(p, name + ".");
                } else if (value == JsonToken.START_ARRAY) {
                    long at = JsonInput.offset(p) - 1;
                    JsonToken first = p.nextToken();
                    if (first == JsonToken.START_OBJECT || first == JsonToken.START_ARRAY) {
                        records(p, fileName + "/" + name, at);
                    } else {
                        pending(name, first == JsonToken.END_ARRAY ? "[]" : arrayText(p));
                    }
                } else {
                    pending(name, JsonRecords.scalarOrText(p));
                }
            }
        }

        private static String arrayText(JsonParser p) throws IOException {
            StringBuilder sb = new StringBuilder("[");
            JsonToken t = p.currentToken();
            while (t != JsonToken.END_ARRAY && t != null) {
                sb.append(sb.length() > 1 ? "," : "").append(JsonRecords.scalarOrText(p));
                t = p.nextToken();
            }
            return sb.append(']').toString();
        }

        private void pending(String name, String value) {
            if (!foundArray && pending.size() < MAX_PENDING) {
                pending.add(new String[] {name, value});
            }
        }

        void singleRecordIfNoArray(long end) {
            if (foundArray) {
                return;
            }
            sink.startDataset(fileName, "json", null, pending.stream().map(f -> f[0]).toList());
            sink.record(pending.stream().map(f -> f[1]).toArray(String[]::new));
            sink.endDataset(true, end);
        }

        /**
         * Values after the first (concatenated JSON, several arrays one after another): each array is a dataset
         * of its own, each run of objects one dataset with an object a record, so no value is left unread.
         */
        void concatenated(JsonParser p) throws IOException {
            int k = 1;
            JsonToken t = p.nextToken();
            while (t != null) {
                String name = fileName + " #" + ++k;
                long at = JsonInput.offset(p) - 1;
                if (t == JsonToken.START_ARRAY) {
                    p.nextToken();
                    records(p, name, at);
                    t = p.nextToken();
                    continue;
                }
                sink.startDataset(name, "json", null, List.of());
                open = true;
                start = at;
                JsonRecords values = new JsonRecords(sink);
                while (t != null && t != JsonToken.START_ARRAY) {
                    values.record(p);
                    t = p.nextToken();
                }
                open = false;
                sink.endDataset(true, JsonInput.offset(p) - start);
            }
        }

        void abort(JsonParser p) {
            if (open) {
                sink.endDataset(false, p == null ? 0 : JsonInput.offset(p) - start);
                open = false;
            }
        }
    }
}
