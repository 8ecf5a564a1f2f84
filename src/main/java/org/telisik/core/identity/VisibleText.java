package org.telisik.core.identity;

/**
 * Makes text from a sample safe to show on a terminal, in a report or on a desktop label: characters that would
 * be acted on instead of shown become visible escapes. Control characters ({@code ESC} of a terminal sequence, a
 * carriage return that rewrites the line, C1 controls) become {@code \x1b}; bidi controls and other invisible
 * format characters (U+202A-U+202E, U+2066-U+2069, U+200B-U+200F, U+061C, U+FEFF), lone surrogates and the
 * non-characters U+FFFE/U+FFFF become <code>&#92;u202E</code>. So {@code evil\r\ntelisik: everything fine.csv} stays one
 * visible line and a right-to-left override cannot reverse what the reader sees. The one sanitiser of every
 * output; everything else passes unchanged.
 */
public final class VisibleText {
    private VisibleText() {
    }

    /** For one line (a name, a label, a terminal line): line breaks and tabs are escaped too. */
    public static String line(String value) {
        return escape(value, false);
    }

    /** For text that may run over lines (notes, audit excerpts): line feeds and tabs stay, the rest is escaped. */
    public static String text(String value) {
        return escape(value, true);
    }

    private static String escape(String value, boolean keepLines) {
        if (value == null) {
            return null;
        }
        StringBuilder sb = null; // made at the first character to escape: most values pass unchanged
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                if (sb != null) {
                    sb.append(c).append(value.charAt(i + 1));
                }
                i++;
                continue;
            }
            String escaped = null;
            if (isControl(c) && !(keepLines && (c == '\n' || c == '\t'))) {
                escaped = String.format("\\x%02x", (int) c);
            } else if (isInvisible(c) || Character.isSurrogate(c)) {
                escaped = String.format("\\u%04X", (int) c);
            }
            if (escaped != null && sb == null) {
                sb = new StringBuilder(value.length() + 16).append(value, 0, i);
            }
            if (sb != null) {
                sb.append(escaped != null ? escaped : String.valueOf(c));
            }
        }
        return sb == null ? value : sb.toString();
    }

    /** C0 and C1 control characters and DEL: acted on by terminals, never shown. */
    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** Bidi controls, zero-width and other invisible format characters, and the non-characters U+FFFE/U+FFFF. */
    public static boolean isInvisible(char c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || (c >= 0x200B && c <= 0x200F)
                || c == 0x061C || c == 0xFEFF || c == 0xFFFE || c == 0xFFFF;
    }
}
