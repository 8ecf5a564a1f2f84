package org.telisik.core.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Turns JSON values into records of one dataset: an object's scalar fields become columns, nested objects
 * become dotted column names ({@code alamat.kota}), arrays inside a record are kept as compact JSON text.
 * An array record gives positional columns, a scalar a column named {@code value}. Columns appear in the
 * order their keys are first seen (see {@link DynamicColumns}).
 */
final class JsonRecords {
    private final DynamicColumns columns;

    JsonRecords(RecordSink sink) {
        this.columns = new DynamicColumns(sink);
    }

    /** @param known the columns {@code sink} already has, in its order */
    JsonRecords(RecordSink sink, java.util.List<String> known) {
        this.columns = new DynamicColumns(sink, known);
    }

    /** Reads the value at the parser's current token (already read) as one record. */
    void record(JsonParser p) throws IOException {
        columns.clear();
        JsonToken t = p.currentToken();
        if (t == JsonToken.START_OBJECT) {
            object(p, "");
        } else if (t == JsonToken.START_ARRAY) {
            int i = 1;
            while (p.nextToken() != JsonToken.END_ARRAY) {
                put("col_" + i++, scalarOrText(p));
            }
        } else {
            put("value", scalarOrText(p));
        }
        columns.emit();
    }

    private void object(JsonParser p, String prefix) throws IOException {
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = prefix + p.currentName();
            if (p.nextToken() == JsonToken.START_OBJECT) {
                object(p, name + ".");
            } else {
                put(name, scalarOrText(p));
            }
        }
    }

    private void put(String column, String value) {
        columns.put(column, value);
    }

    /** A scalar's text (null for JSON null), or the compact text of an array or object, bounded in length. */
    static String scalarOrText(JsonParser p) throws IOException {
        JsonToken t = p.currentToken();
        if (t == JsonToken.VALUE_NULL) {
            return null;
        }
        if (!t.isStructStart()) {
            return p.getText();
        }
        StringBuilder sb = new StringBuilder();
        int depth = 0;
        do {
            t = p.currentToken();
            if (sb.length() < SqlLexer.MAX_VALUE) {
                appendToken(sb, p, t);
            }
            depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
        } while (depth > 0 && p.nextToken() != null);
        return sb.toString();
    }

    private static void appendToken(StringBuilder sb, JsonParser p, JsonToken t) throws IOException {
        char last = sb.isEmpty() ? 0 : sb.charAt(sb.length() - 1);
        boolean needsComma = !t.isStructEnd() && last != 0 && last != '[' && last != '{' && last != ':';
        if (needsComma) {
            sb.append(',');
        }
        switch (t) {
            case START_OBJECT -> sb.append('{');
            case END_OBJECT -> sb.append('}');
            case START_ARRAY -> sb.append('[');
            case END_ARRAY -> sb.append(']');
            case FIELD_NAME -> sb.append('"').append(p.currentName()).append("\":");
            case VALUE_STRING -> sb.append('"').append(p.getText().replace("\"", "\\\"")).append('"');
            default -> sb.append(p.getText());
        }
    }
}
