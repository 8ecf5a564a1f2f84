package org.telisik.core.profile;

/**
 * A fixed set of words or phrases with an int tag each, looked up without allocating: the text is normalised
 * on the fly (letters and digits lower-cased, every run of other characters read as one space, trimmed), so
 * "Laki-laki", "LAKI LAKI" and "laki_laki" all find the key {@code "laki laki"}. Open addressing over the
 * normalised keys; built once, then read-only and thread-safe.
 */
final class Lexicon {
    private final String[] keys;
    private final int[] tags;
    private int size;

    Lexicon(int capacity) {
        int slots = Integer.highestOneBit(Math.max(16, capacity * 3)) << 1;
        keys = new String[slots];
        tags = new int[slots];
    }

    /** Adds a key (normalised here); the first tag given for a key wins. */
    void add(CharSequence key, int tag) {
        String k = normalise(key, 0, key.length());
        if (k.isEmpty()) {
            return;
        }
        int slot = (int) hash(k, 0, k.length()) & (keys.length - 1);
        while (keys[slot] != null) {
            if (keys[slot].equals(k)) {
                return;
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        if (++size * 2 > keys.length) {
            throw new IllegalStateException("lexicon capacity too small");
        }
        keys[slot] = k;
        tags[slot] = tag;
    }

    /** The tag of the normalised text in [from, to), or -1 when it is not a key. */
    int tag(CharSequence s, int from, int to) {
        int slot = (int) hash(s, from, to) & (keys.length - 1);
        String k;
        while ((k = keys[slot]) != null) {
            if (matches(s, from, to, k)) {
                return tags[slot];
            }
            slot = (slot + 1) & (keys.length - 1);
        }
        return -1;
    }

    boolean contains(CharSequence s, int from, int to) {
        return tag(s, from, to) >= 0;
    }

    boolean contains(CharSequence s) {
        return tag(s, 0, s.length()) >= 0;
    }

    int size() {
        return size;
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }

    static String normalise(CharSequence s, int from, int to) {
        StringBuilder sb = new StringBuilder(to - from);
        boolean gap = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isWordChar(c)) {
                if (gap && sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return sb.toString();
    }

    /** FNV-1a over the normalised characters, computed without building them. */
    private static long hash(CharSequence s, int from, int to) {
        long h = 0xcbf29ce484222325L;
        boolean gap = false;
        boolean started = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (isWordChar(c)) {
                if (gap && started) {
                    h = (h ^ ' ') * 0x100000001b3L;
                }
                h = (h ^ Character.toLowerCase(c)) * 0x100000001b3L;
                started = true;
                gap = false;
            } else {
                gap = true;
            }
        }
        return h ^ (h >>> 29);
    }

    private static boolean matches(CharSequence s, int from, int to, String key) {
        int k = 0;
        boolean gap = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!isWordChar(c)) {
                gap = true;
                continue;
            }
            if (gap && k > 0) {
                if (k >= key.length() || key.charAt(k++) != ' ') {
                    return false;
                }
            }
            gap = false;
            if (k >= key.length() || key.charAt(k++) != Character.toLowerCase(c)) {
                return false;
            }
        }
        return k == key.length();
    }
}
