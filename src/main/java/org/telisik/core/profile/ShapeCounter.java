package org.telisik.core.profile;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts value shapes ({@code 9999-99-99}, {@code Aaaa Aaaa}: digits become 9, capitals A, small letters a,
 * other characters stay) in a fixed table of {@link #SLOTS} shapes; later shapes count as "other". A shape is
 * identified by a hash computed on the fly, and its text is built only the first time it is seen.
 */
final class ShapeCounter {
    static final int SLOTS = 64;
    static final int MAX_LENGTH = 24;
    private final long[] hashes = new long[SLOTS];
    private final long[] counts = new long[SLOTS];
    private final String[] shapes = new String[SLOTS];
    private int used;
    private long other;

    void add(CharSequence v) {
        long h = hash(v);
        for (int i = 0; i < used; i++) {
            if (hashes[i] == h) {
                counts[i]++;
                return;
            }
        }
        if (used < SLOTS) {
            hashes[used] = h;
            shapes[used] = shape(v);
            counts[used++] = 1;
        } else {
            other++;
        }
    }

    /** The k most common shapes with counts; "other" collects shapes beyond the table. */
    Map<String, Long> top(int k) {
        Map<String, Long> all = new LinkedHashMap<>();
        for (int i = 0; i < used; i++) {
            all.put(shapes[i], counts[i]);
        }
        Map<String, Long> top = new LinkedHashMap<>();
        all.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(k)
                .forEach(e -> top.put(e.getKey(), e.getValue()));
        if (other > 0) {
            top.put("other", other);
        }
        return top;
    }

    static char shapeChar(char c) {
        if (c >= '0' && c <= '9') {
            return '9';
        }
        if (Character.isUpperCase(c)) {
            return 'A';
        }
        return Character.isLetter(c) ? 'a' : c;
    }

    static String shape(CharSequence v) {
        int n = Math.min(v.length(), MAX_LENGTH);
        StringBuilder sb = new StringBuilder(n + 1);
        for (int i = 0; i < n; i++) {
            sb.append(shapeChar(v.charAt(i)));
        }
        if (v.length() > MAX_LENGTH) {
            sb.append('…');
        }
        return sb.toString();
    }

    private static long hash(CharSequence v) {
        long h = 0xcbf29ce484222325L;
        int n = Math.min(v.length(), MAX_LENGTH);
        for (int i = 0; i < n; i++) {
            h = (h ^ shapeChar(v.charAt(i))) * 0x100000001b3L;
        }
        return v.length() > MAX_LENGTH ? ~h : h;
    }
}
