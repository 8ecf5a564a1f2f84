package org.telisik.workspace;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.telisik.core.model.ErrorCode;

/**
 * JSON text in columns, audit details and portable cases. Whole numbers come back as {@code Long} and
 * fractions as {@code Double}, the types the profiler puts in, so a stored profile equals the one saved.
 * Maps keep their order (the desktop shows statistics in the order the profiler made them); the canonical
 * form, for hashing, also sorts map keys so that equal values always hash the same.
 */
final class JsonText {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_LONG_FOR_INTS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .addModule(errorCodes())
            .build();
    private static final ObjectMapper CANONICAL = MAPPER.copy().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<Map<String, Object>> OBJECT = new TypeReference<>() { };
    private static final TypeReference<List<List<String>>> TABLE = new TypeReference<>() { };

    private JsonText() {
    }

    /**
     * Error codes as their ids ({@code invalid-encoding}), as they were stored while they were strings: stored
     * results, their hashes in the audit log and portable archives stay valid.
     */
    private static SimpleModule errorCodes() {
        SimpleModule module = new SimpleModule("telisik-error-codes");
        module.addSerializer(ErrorCode.class, new JsonSerializer<>() {
            @Override
            public void serialize(ErrorCode code, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeString(code.id());
            }
        });
        module.addDeserializer(ErrorCode.class, new JsonDeserializer<>() {
            @Override
            public ErrorCode deserialize(JsonParser p, DeserializationContext c) throws IOException {
                try {
                    return ErrorCode.fromId(p.getValueAsString());
                } catch (IllegalArgumentException e) {
                    throw c.weirdStringException(p.getValueAsString(), ErrorCode.class, e.getMessage());
                }
            }
        });
        return module;
    }

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException("Could not store a value as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The canonical JSON of a value: properties and map keys sorted. */
    static String canonical(Object value) {
        try {
            return CANONICAL.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException("Could not write a value as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** {@link #canonical(Object)} written to {@code out}, which is closed. */
    static void canonical(Object value, java.io.Writer out) throws java.io.IOException {
        try {
            CANONICAL.writeValue(out, value);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException("Could not write a value as JSON: " + e.getOriginalMessage(), e);
        }
    }

    static List<String> strings(String json) {
        return read(json, STRINGS);
    }

    /** Rows of text values; a JSON null stays null (a missing value). */
    static List<List<String>> table(String json) {
        return read(json, TABLE);
    }

    static Map<String, Object> object(String json) {
        return read(json, OBJECT);
    }

    /** The mapper itself, for a caller that reports a parse failure in its own words. */
    static com.fasterxml.jackson.databind.ObjectMapper mapper() {
        return MAPPER;
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException("A stored JSON value is damaged: " + e.getOriginalMessage(), e);
        }
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new WorkspaceException("A stored JSON value is damaged: " + e.getOriginalMessage(), e);
        }
    }
}
