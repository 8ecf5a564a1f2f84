package org.telisik.workspace;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;

/**
 * Lists and maps stored as JSON text in one column. Whole numbers come back as {@code Long} and fractions as
 * {@code Double}, the types the profiler puts in, so a stored profile equals the one that was saved.
 */
final class JsonText {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };

    private JsonText() {
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException("Could not store a value as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static List<String> strings(String json) {
        return read(json, STRINGS);
    }

    static Map<String, Object> object(String json) {
        return read(json, OBJECT);
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException("A stored JSON value is damaged: " + e.getOriginalMessage(), e);
        }
    }
}
