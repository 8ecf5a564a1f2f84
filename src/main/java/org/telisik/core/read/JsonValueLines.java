package org.telisik.core.read;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Gathers lines into JSON values and turns them into records: one line is usually one value, an open value takes
 * the next lines until it closes, several values on a line are all read. A line that breaks the JSON is counted as
 * bad and skipped; when it had opened a value that swallowed the lines after it, those lines are read again.
 */
final class JsonValueLines {
    private final JsonRecords records;
    private final StringBuilder pending = new StringBuilder();
    private final Deque<String> pendingLines = new ArrayDeque<>();
    private long pendingFirst;
    private int emittedFromPending;
    private long bad;
    private long firstBad;
    private long count;

    JsonValueLines(JsonRecords records) {
        this.records = records;
    }

    void line(String line, long number) throws IOException {
        if (pending.isEmpty() && line.isBlank()) {
            return;
        }
        if (pending.isEmpty()) {
            pendingFirst = number;
            emittedFromPending = 0;
        }
        pending.append(line).append('\n');
        pendingLines.add(line);
        attempt(false);
    }

    void end() throws IOException {
        if (!pending.isEmpty()) {
            attempt(true);
        }
    }

    /** Parses what is gathered; values already turned into records on an earlier attempt are skipped over. */
    private void attempt(boolean atEnd) throws IOException {
        int seen = 0;
        try {
            // objects become records only once whole, array elements one by one: an array, or a value spread
            // over lines, is first checked to be complete so that no record is given twice
            if ((pendingLines.size() > 1 || pendingLines.peekFirst().stripLeading().startsWith("[")) && !complete()) {
                if (atEnd || pendingLines.size() >= NdjsonTableReader.MAX_VALUE_LINES) {
                    broken(atEnd);
                }
                return;
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            broken(atEnd);
            return;
        }
        try (JsonParser p = NdjsonTableReader.parser(pending.toString())) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                if (seen++ < emittedFromPending) {
                    p.skipChildren();
                    continue;
                }
                emit(p, t);
                emittedFromPending++;
            }
            clear();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            if (!endOfInput(e) || atEnd || pendingLines.size() >= NdjsonTableReader.MAX_VALUE_LINES) {
                broken(atEnd);
            }
        }
    }

    /**
     * True when the gathered text ended inside a value, which the next lines may close. Jackson reports most such
     * ends as {@link JsonEOFException}, but one after a comma between an object's entries as a plain parse error.
     */
    private static boolean endOfInput(com.fasterxml.jackson.core.JsonProcessingException e) {
        String message = e.getOriginalMessage();
        return e instanceof JsonEOFException || message != null && message.startsWith("Unexpected end-of-input");
    }

    /** @return false when the gathered text ends inside a value; a syntax error is thrown */
    private boolean complete() throws IOException {
        try (JsonParser p = NdjsonTableReader.parser(pending.toString())) {
            while (p.nextToken() != null) {
                p.skipChildren();
            }
            return true;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            if (endOfInput(e)) {
                return false;
            }
            throw e;
        }
    }

    private void emit(JsonParser p, JsonToken t) throws IOException {
        if (t == JsonToken.START_ARRAY) { // a top-level array: its elements are the records
            while (p.nextToken() != JsonToken.END_ARRAY) {
                if (p.currentToken() == null) {
                    throw new JsonEOFException(p, null, "array not closed");
                }
                records.record(p);
                count++;
            }
            return;
        }
        records.record(p);
        count++;
    }

    /** The first gathered line is bad; the lines gathered after it are read again on their own. */
    private void broken(boolean atEnd) throws IOException {
        long first = pendingFirst;
        if (bad++ == 0) {
            firstBad = first;
        }
        pendingLines.pollFirst();
        Deque<String> again = new ArrayDeque<>(pendingLines);
        clear();
        long n = first;
        for (String l : again) {
            line(l, ++n);
        }
        if (atEnd) {
            end();
        }
    }

    private void clear() {
        pending.setLength(0);
        pendingLines.clear();
    }

    /** True while gathered lines wait for the value they opened to close. */
    boolean pending() {
        return !pending.isEmpty();
    }

    long bad() {
        return bad;
    }

    long firstBad() {
        return firstBad;
    }

    long records() {
        return count;
    }
}
