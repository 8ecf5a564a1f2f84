package org.telisik.core.detect;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.tika.detect.MagicDetector;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;

/**
 * The tests of single clauses of Tika's magic table ({@link MagicPatterns}), each written after Tika 3.3's
 * {@code MagicDetector.detect}: the same window of the head, zero-filled past its end, the same offsets, the
 * same comparisons. {@code MagicPatternsTest} holds them to Tika's answers clause by clause.
 */
final class MagicLeaves {
    private MagicLeaves() {
    }

    /** Tika's own detector for a clause this class does not model. */
    static Leaf byTika(MagicDetector tika) {
        return head -> {
            try {
                return !tika.detect(new ByteArrayInputStream(head), new Metadata()).equals(MediaType.OCTET_STREAM);
            } catch (IOException e) {
                throw new UncheckedIOException(e); // a byte array never fails to read
            }
        };
    }

    /** A clause's own test, without the clauses inside it. */
    @FunctionalInterface
    interface Leaf {
        /** True when the clause matches the head as Tika's {@code MagicDetector} would match it. */
        boolean matches(byte[] head);
    }

    /** A byte a clause needs to match: at {@code offset} of the head, one of the values {@code admits[b & 0xFF]}. */
    record Key(int offset, boolean[] admits) {
    }

    /**
     * Bytes (as Tika decoded them, lower case when Tika ignores case) starting at one of the offsets from..to,
     * compared as Tika compares them: masked, lowered where it ignores case, and past the head's end against zeros
     * (Tika's window is zero-filled), once the head reaches {@code from} plus the pattern's length.
     */
    record Literal(byte[] bytes, byte[] mask, boolean ignoreCase, int from, int to) implements Leaf {
        @Override
        public boolean matches(byte[] head) {
            if (head.length < from + bytes.length) {
                return false;
            }
            int last = Math.min(to, head.length - 1);
            for (int o = from; o <= last; o++) {
                if (matchesAt(head, o)) {
                    return true;
                }
            }
            // past the head every offset sees only zeros: one comparison stands for all of them
            return to > last && matchesAt(head, Math.max(from, head.length));
        }

        private boolean matchesAt(byte[] head, int o) {
            for (int i = 0; i < bytes.length; i++) {
                if (!admits(i, o + i < head.length ? head[o + i] : 0)) {
                    return false;
                }
            }
            return true;
        }

        private boolean admits(int i, byte b) {
            int v = b & mask[i];
            return (ignoreCase ? Character.toLowerCase(v) : v) == bytes[i];
        }

        /**
         * For a pattern at a single offset, the byte of it that the fewest values satisfy: a head that matches holds
         * every byte of the pattern (it reaches past the pattern's end), so it holds that one. Null for a pattern
         * that may start at several offsets.
         */
        Key key() {
            if (from != to || bytes.length == 0) {
                return null;
            }
            Key best = null;
            int fewest = 257;
            for (int i = 0; i < bytes.length && fewest > 1; i++) {
                if (mask[i] == -1 && !ignoreCase) { // the usual byte: it admits itself alone, no need to try all 256
                    boolean[] admits = new boolean[256];
                    admits[bytes[i] & 0xFF] = true;
                    return new Key(from + i, admits);
                }
                boolean[] admits = new boolean[256];
                int n = 0;
                for (int b = 0; b < 256; b++) {
                    admits[b] = admits(i, (byte) b);
                    n += admits[b] ? 1 : 0;
                }
                if (n < fewest) {
                    fewest = n;
                    best = new Key(from + i, admits);
                }
            }
            return best;
        }
    }

    /**
     * A regular expression as Tika runs it: on the head from {@code from} on, zero-filled to its 8 KiB window plus
     * the range, tried at each offset of the range up to the window's end; here over a view of the head rather
     * than a decoded copy per clause and file, and compiled once.
     */
    record Regex(Pattern pattern, int from, int to) implements Leaf {
        private static final int WINDOW = 8 * 1024;

        @Override
        public boolean matches(byte[] head) {
            if (head.length < from) {
                return false;
            }
            Matcher m = pattern.matcher(new Window(head, from, WINDOW + to - from));
            int last = Math.min(to - from, head.length - from);
            for (int i = 0; i <= last; i++) {
                if (m.region(i, WINDOW + i).lookingAt()) {
                    return true;
                }
            }
            // from there on every region holds zeros only, the same 8 KiB of them: one try stands for all
            return to - from > last && m.region(last + 1, WINDOW + last + 1).lookingAt();
        }
    }

    /** The head from an offset on, read as ISO-8859-1 and continued by zeros up to a length. */
    private record Window(byte[] head, int from, int length) implements CharSequence {
        @Override
        public char charAt(int index) {
            int at = from + index;
            return at < head.length ? (char) (head[at] & 0xFF) : 0;
        }

        @Override
        public int length() {
            return length;
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            StringBuilder sb = new StringBuilder(end - start);
            for (int i = start; i < end; i++) {
                sb.append(charAt(i));
            }
            return sb.toString();
        }

        @Override
        public String toString() {
            return subSequence(0, length).toString();
        }
    }
}
