package org.telisik.core.model;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Brings free-form values (column statistics) into the one shape JSON gives them back: map keys as strings,
 * whole numbers as {@code Long}, other numbers as {@code Double}, lists and maps unmodifiable with their
 * order kept. A profile stored in the workspace and read back is then equal to the one that was stored, and
 * the same analysis always exports the same bytes.
 */
public final class JsonValues {
    private JsonValues() {
    }

    public static Map<String, Object> normaliseMap(Map<?, ?> map) {
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), normalise(v)));
        return Collections.unmodifiableMap(out);
    }

    public static Object normalise(Object value) {
        if (value instanceof Map<?, ?> map) {
            return normaliseMap(map);
        }
        if (value instanceof Iterable<?> list) {
            List<Object> out = new ArrayList<>();
            list.forEach(v -> out.add(normalise(v)));
            return Collections.unmodifiableList(out);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number n) {
            double d = n instanceof BigDecimal b ? b.doubleValue() : n.doubleValue();
            return d;
        }
        if (value == null || value instanceof String || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }
}
