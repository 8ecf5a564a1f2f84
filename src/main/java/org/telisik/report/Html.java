package org.telisik.report;

/**
 * Builds XHTML that both browsers and the PDF renderer parse. Tag names and CSS classes come from this
 * package; every piece of text goes through {@link #escape}, because sample data is hostile: a header may hold
 * {@code <script>} and must show as text.
 */
final class Html {
    private final StringBuilder out = new StringBuilder(64 * 1024);

    /** Opens {@code tag}, with a class attribute when {@code cssClass} is not null. */
    Html open(String tag, String cssClass) {
        out.append('<').append(tag);
        if (cssClass != null) {
            out.append(" class=\"").append(escape(cssClass)).append('"');
        }
        out.append('>');
        return this;
    }

    Html open(String tag) {
        return open(tag, null);
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** Appends escaped text. */
    Html text(String value) {
        out.append(escape(value));
        return this;
    }

    /** {@code <tag class="cssClass">text</tag>} with the text escaped. */
    Html element(String tag, String cssClass, String text) {
        return open(tag, cssClass).text(text).close(tag);
    }

    Html element(String tag, String text) {
        return element(tag, null, text);
    }

    /** Appends markup built by this package from escaped parts (SVG, fixed head); never sample data. */
    Html markup(String trusted) {
        out.append(trusted);
        return this;
    }

    Html newline() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * Escapes text for element content and quoted attributes. Characters XML forbids (control characters, lone
     * surrogates) are shown as {@code [U+0001]} so that nothing is silently dropped and the PDF renderer's XML
     * parser never fails on a hostile value.
     */
    static String escape(String value) {
        if (value == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> i = appendChecked(sb, value, i);
            }
        }
        return sb.toString();
    }

    private static int appendChecked(StringBuilder sb, String value, int i) {
        char c = value.charAt(i);
        if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
            sb.append(c).append(value.charAt(i + 1));
            return i + 1;
        }
        boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c < 0xD800) || (c >= 0xE000 && c < 0xFFFE);
        if (allowed) {
            sb.append(c);
        } else {
            sb.append(String.format("[U+%04X]", (int) c));
        }
        return i;
    }

    /**
     * A quoted CSS string for {@code content:} in page margin boxes. Everything but ASCII letters, digits and
     * spaces becomes a six-digit hex escape, so no value can end the string, the rule or the style element.
     */
    static String cssString(String value) {
        StringBuilder sb = new StringBuilder("\"");
        value.codePoints().forEach(cp -> {
            if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') || cp == ' ') {
                sb.appendCodePoint(cp);
            } else {
                // the space ends the escape; CSS swallows it, so a real space after the escape survives
                sb.append(String.format("\\%06X ", cp));
            }
        });
        return sb.append('"').toString();
    }
}
